package dev.statecraft.tests.differential;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.BaseStream;

/**
 * How the test consumes a generator's result, the same way on both sides, recording every step
 * into the trace. Besides plain draining, the modes pin DESIGN.md's iterator rules: idempotent
 * {@code hasNext}, {@code next} without {@code hasNext}, {@code NoSuchElementException} past the
 * end, {@code hasNext} false after the body ended or threw, closing (before the start, midway and
 * after the end), and independent runs per {@code Iterable.iterator()}.
 */
enum ConsumeMode {
  /** {@code hasNext}/{@code next} to the end. */
  DRAIN,
  /** {@code hasNext} twice before each {@code next}. */
  HAS_NEXT_TWICE,
  /** {@code next} only, until {@code NoSuchElementException}. */
  NEXT_ONLY,
  /** Close before the first {@code hasNext}: the body must never run. */
  CLOSE_BEFORE_START,
  /** One element, then close. */
  CLOSE_AFTER_1,
  /** Three elements, then close. */
  CLOSE_AFTER_3,
  /** Two iterators of one {@code Iterable}, stepped alternately (falls back to DRAIN). */
  TWO_INTERLEAVED,
  /** Drain one iterator of an {@code Iterable}, then a second one (falls back to DRAIN). */
  TWICE;

  boolean needsIterable() {
    return this == TWO_INTERLEAVED || this == TWICE;
  }

  /** Consumes {@code result}, the value the factory (or the reference) returned. */
  void consume(Object result, Trace trace) {
    if (needsIterable()) {
      Iterable<?> iterable = (Iterable<?>) result;
      if (this == TWICE) {
        drain(iterator(iterable, trace, "a: "), trace, "a: ");
        drain(iterator(iterable, trace, "b: "), trace, "b: ");
      } else {
        Iterator<?> a = iterator(iterable, trace, "a: ");
        Iterator<?> b = iterator(iterable, trace, "b: ");
        boolean aLive = true;
        boolean bLive = true;
        while (aLive || bLive) {
          if (aLive) {
            aLive = step(a, trace, "a: ");
          }
          if (bLive) {
            bLive = step(b, trace, "b: ");
          }
        }
        afterEnd(a, trace, "a: ");
        afterEnd(b, trace, "b: ");
      }
      return;
    }
    Iterator<?> it;
    AutoCloseable closer;
    if (result instanceof Iterable) {
      it = iterator((Iterable<?>) result, trace, "");
      closer = it instanceof AutoCloseable ? (AutoCloseable) it : null;
    } else if (result instanceof BaseStream) {
      it = ((BaseStream<?, ?>) result).iterator();
      closer = (BaseStream<?, ?>) result;
    } else {
      it = (Iterator<?>) result;
      closer = it instanceof AutoCloseable ? (AutoCloseable) it : null;
    }
    switch (this) {
      case DRAIN:
        drain(it, trace, "");
        break;
      case HAS_NEXT_TWICE:
        while (true) {
          try {
            boolean first = it.hasNext();
            boolean second = it.hasNext();
            if (first != second) {
              trace.add("hasNext changed from " + first + " to " + second);
            }
            if (!second) {
              trace.add("end");
              break;
            }
            trace.add("elem " + Trace.element(it.next()));
          } catch (Trace.TraceOverflow o) {
            throw o;
          } catch (Throwable t) {
            trace.add("threw " + Trace.exception(t));
            break;
          }
        }
        afterEnd(it, trace, "");
        break;
      case NEXT_ONLY:
        while (true) {
          try {
            trace.add("elem " + Trace.element(it.next()));
          } catch (Trace.TraceOverflow o) {
            throw o;
          } catch (NoSuchElementException e) {
            trace.add("end (next threw NoSuchElementException)");
            break;
          } catch (Throwable t) {
            trace.add("threw " + Trace.exception(t));
            break;
          }
        }
        afterEnd(it, trace, "");
        break;
      default:
        int take = this == CLOSE_BEFORE_START ? 0 : this == CLOSE_AFTER_1 ? 1 : 3;
        boolean live = true;
        for (int i = 0; i < take && live; i++) {
          live = step(it, trace, "");
        }
        close(closer, trace);
        afterEnd(it, trace, "");
        break;
    }
  }

  private static Iterator<?> iterator(Iterable<?> iterable, Trace trace, String prefix) {
    trace.add(prefix + "iterator()");
    return iterable.iterator();
  }

  private static void drain(Iterator<?> it, Trace trace, String prefix) {
    while (step(it, trace, prefix)) {
      // next element
    }
    afterEnd(it, trace, prefix);
  }

  /** One {@code hasNext}/{@code next}; false once the sequence ended or threw. */
  private static boolean step(Iterator<?> it, Trace trace, String prefix) {
    try {
      if (!it.hasNext()) {
        trace.add(prefix + "end");
        return false;
      }
      trace.add(prefix + "elem " + Trace.element(it.next()));
      return true;
    } catch (Trace.TraceOverflow o) {
      throw o;
    } catch (Throwable t) {
      trace.add(prefix + "threw " + Trace.exception(t));
      return false;
    }
  }

  /** After the end, a throw or a close: {@code hasNext} is false and {@code next} throws. */
  private static void afterEnd(Iterator<?> it, Trace trace, String prefix) {
    try {
      trace.add(prefix + "then hasNext " + it.hasNext());
    } catch (Trace.TraceOverflow o) {
      throw o;
    } catch (Throwable t) {
      trace.add(prefix + "then hasNext threw " + Trace.exception(t));
    }
    try {
      Object extra = it.next();
      trace.add(prefix + "then next returned " + Trace.element(extra));
    } catch (Trace.TraceOverflow o) {
      throw o;
    } catch (NoSuchElementException e) {
      trace.add(prefix + "then next threw NoSuchElementException");
    } catch (Throwable t) {
      trace.add(prefix + "then next threw " + Trace.exception(t));
    }
  }

  private static void close(AutoCloseable closer, Trace trace) {
    if (closer == null) {
      trace.add("close: the iterator is not AutoCloseable");
      return;
    }
    try {
      closer.close();
      trace.add("closed");
    } catch (Trace.TraceOverflow o) {
      throw o;
    } catch (Throwable t) {
      trace.add("close threw " + Trace.exception(t));
    }
  }
}
