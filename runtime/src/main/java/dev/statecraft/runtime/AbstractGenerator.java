package dev.statecraft.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The iterator protocol shared by every generated generator, whatever its element type.
 *
 * <p>A generated machine implements {@link #resume()}: it runs the template body from the resume
 * point in {@link #state} until the body yields (it stores the element in the subclass's
 * {@code current} field and returns {@code true}), delegates with {@code yieldAll} (it calls
 * {@code yieldAll(source)} and returns {@code true}), or ends (returns {@code false}).
 * This class turns that into {@code hasNext}/{@code next} with the rules of DESIGN.md: lazy start,
 * idempotent {@code hasNext}, {@link NoSuchElementException} past the end, done after an
 * exception (which propagates unchanged, checked ones too), and a guard against re-entry.
 *
 * <p>Closing runs the {@code finally} blocks pending at the current suspension: the generated
 * {@link #closeEntry()} names the first of them, and the body runs from there with
 * {@link #closing} set, so that the generated exception handler skips {@code catch} clauses.
 *
 * <p>Not thread-safe, like any iterator.
 */
public abstract class AbstractGenerator implements AutoCloseable {
  /** No element is buffered; the next {@code hasNext} resumes the body. */
  private static final byte SUSPENDED = 0;
  /** An element is buffered in {@code current}. */
  private static final byte READY = 1;
  /** The body is running; a call from inside it is a re-entry. */
  private static final byte RUNNING = 2;
  /** The body ended, threw, or was closed. */
  private static final byte DONE = 3;

  /** The resume point the generated {@link #resume()} dispatches on; 0 before the first run. */
  protected int state;

  /** True while {@link #close()} runs pending {@code finally} blocks: catch clauses are skipped. */
  protected boolean closing;

  private byte status = SUSPENDED;

  /*
   * Everything else lives in one lazily allocated Delegation, so that a generator that never
   * delegates costs one reference for it. With compressed oops and 12-byte headers (the 64-bit
   * HotSpot default below 32 GB of heap), fields packed largest first and objects aligned to 8:
   *   header 12 + state 4 + closing 1 + status 1 + (gap 2) + chain 4 = 24 bytes here,
   * and the generated RangeMachine of benchmarks' Sequences adds current 4 + n 4 + i 4 = 36,
   * so 40 bytes per suspended generator (a boxed current is a compressed reference, 4 bytes, and
   * the Integer it holds is shared from the cache or counted apart). With the five references
   * this class held before (the pending source, the top of the chain, the caller, the delegate's
   * failure and the close failure) the same machine took 12 + 4 + 1 + 1 + 2 + 20 + 12 = 52,
   * so 56 bytes. RetainedMemoryMain measures it; JOL's ClassLayout shows the same layout.
   */

  /**
   * The pending yieldAll source, the delegation chain and the failures being carried, allocated
   * on the first yieldAll or the first failure kept while closing; null while the generator has
   * never delegated. An adopted generator points to the chain of the generator that drives it.
   */
  private Delegation chain;

  AbstractGenerator() {}

  /**
   * Runs the body from {@link #state} until it yields or delegates (true) or ends (false).
   * Exceptions of the body propagate unchanged.
   */
  protected abstract boolean resume() throws Throwable;

  /**
   * The state that starts running the {@code finally} blocks pending at the current suspension,
   * or -1 when none is pending. Generated machines whose suspensions lie inside {@code try}
   * blocks with {@code finally} (or try-with-resources) override it.
   */
  protected int closeEntry() {
    return -1;
  }

  /** Moves the delegate's next element into {@code current}. */
  abstract void takeFromDelegate(Iterator<?> delegate);

  /** Forgets the buffered element, so that a finished generator retains nothing. */
  abstract void clearCurrent();

  public final boolean hasNext() {
    if (status == SUSPENDED) {
      return step(); // the common case, one field checked, kept small so that it inlines
    }
    switch (status) {
      case READY:
        return true;
      case DONE:
        return false;
      default:
        throw new IllegalStateException(
            "The generator was re-entered from its own body: a generator cannot consume itself.");
    }
  }

  /** Resumes a generator that delegates to nothing: one element, or the end. */
  private boolean step() {
    if (chain != null) {
      return advance(); // it delegated before: the chain decides which machine runs
    }
    status = RUNNING;
    boolean suspended;
    try {
      suspended = resume();
    } catch (Throwable t) {
      finish();
      throw Sneaky.<RuntimeException>rethrow(t);
    }
    if (!suspended) {
      // finish(), written out: this path runs once per generator, too rarely for the JIT to
      // inline a call, and a call that takes the machine would make it escape, so a machine
      // created and drained in one method could not live in registers (escape analysis).
      status = DONE;
      chain = null;
      clearCurrent();
      return false;
    }
    if (chain != null) {
      return advance(); // the body just called yieldAll: drain the source
    }
    status = READY;
    return true;
  }

  /** Marks the buffered element as consumed; the caller reads {@code current}. */
  final void consume() {
    if (status != READY && !hasNext()) {
      throw new NoSuchElementException("The generator has no more elements.");
    }
    status = SUSPENDED;
  }

  /**
   * Runs the machines of this generator's delegation chain until one hands over an element.
   * A {@code yieldAll} of another generated generator of the same kind does not nest calls:
   * the delegate is pushed on the chain this outermost generator drives, so each element costs
   * O(1) whatever the depth, and depth never grows the Java stack (Jacobs et al., "Iterators
   * revisited"). Any other source is pulled as an iterator, and so is a generated generator that
   * is itself in the middle of driving a chain of its own (it keeps driving it).
   */
  private boolean advance() {
    status = RUNNING;
    Delegation chain = this.chain;
    for (;; ) {
      AbstractGenerator machine = chain.top;
      Iterator<?> source = chain.source;
      if (source != null) {
        if (source instanceof AbstractGenerator inner && inner.status == SUSPENDED
            && inner != this && adopts(inner)
            && (inner.chain == null || inner.chain.depth == 0)) {
          // Its own pending source, if any, stays pending: it becomes the top's.
          chain.source = inner.chain == null ? null : inner.chain.source;
          chain.push(inner);
          inner.chain = chain;
          inner.status = RUNNING;
          continue;
        }
        if (pullDelegate(chain)) {
          status = READY;
          return true;
        }
      }
      boolean suspended;
      try {
        suspended = machine.resume();
      } catch (Throwable t) {
        if (machine == this) {
          finish();
          throw Sneaky.<RuntimeException>rethrow(t);
        }
        popFinished(chain);
        chain.failure = t; // rethrown into the caller at its yieldAll
        continue;
      }
      if (!suspended) {
        if (machine == this) {
          finish();
          return false;
        }
        popFinished(chain);
        continue;
      }
      if (chain.source == null) {
        if (machine != this) {
          takeFrom(machine);
        }
        status = READY;
        return true;
      }
    }
  }

  /** Ends the finished top machine of {@code chain}; its caller resumes at its yieldAll. */
  private static void popFinished(Delegation chain) {
    AbstractGenerator machine = chain.pop();
    machine.chain = null;
    machine.finish();
  }

  /** Whether {@code inner}'s elements can be moved into this generator without conversion. */
  boolean adopts(AbstractGenerator inner) {
    return false;
  }

  /** Moves the element {@code inner} just yielded into this generator's {@code current}. */
  void takeFrom(AbstractGenerator inner) {
    throw new IllegalStateException("not adopted");
  }

  /**
   * Takes the next element of the chain's pending source into this generator; false (and the
   * source closed when it is a stream) when it is exhausted or failed, the failure kept for the
   * top machine.
   */
  private boolean pullDelegate(Delegation chain) {
    Iterator<?> source = chain.source;
    try {
      if (source.hasNext()) {
        takeFromDelegate(source);
        return true;
      }
    } catch (Throwable t) {
      chain.failure = t;
    }
    chain.source = null;
    if (source instanceof StreamSource<?>) {
      try {
        ((StreamSource<?>) source).close();
      } catch (Throwable t) {
        chain.failure = firstOf(chain.failure, t);
      }
    }
    return false;
  }

  /** The chain, allocated when first needed. */
  private Delegation chain() {
    Delegation chain = this.chain;
    if (chain == null) {
      chain = this.chain = new Delegation(this);
    }
    return chain;
  }

  /** {@code yieldAll(iterable)}: hands on every element of {@code source} before resuming. */
  protected final boolean yieldAll(Iterable<?> source) {
    return yieldAll(source.iterator());
  }

  /** {@code yieldAll(iterator)}: hands on every remaining element of {@code source}. */
  protected final boolean yieldAll(Iterator<?> source) {
    if (source == null) {
      throw new NullPointerException("yieldAll source is null");
    }
    chain().source = source; // this machine runs, so it is the chain's top
    return true;
  }

  /** {@code yieldAll(stream)}: hands on every element, then closes the stream. */
  protected final boolean yieldAll(java.util.stream.BaseStream<?, ?> source) {
    return yieldAll(StreamSource.of(source));
  }

  /**
   * {@code yieldAll(intStream)}: hands on every element, then closes the stream; a primitive
   * generator takes the elements with {@code nextInt()}, unboxed.
   */
  protected final boolean yieldAll(java.util.stream.IntStream source) {
    return yieldAll(new StreamSource.OfInt(source));
  }

  /** {@code yieldAll(longStream)}: as {@code yieldAll(IntStream)}, with {@code nextLong()}. */
  protected final boolean yieldAll(java.util.stream.LongStream source) {
    return yieldAll(new StreamSource.OfLong(source));
  }

  /** {@code yieldAll(doubleStream)}: as {@code yieldAll(IntStream)}, with {@code nextDouble()}. */
  protected final boolean yieldAll(java.util.stream.DoubleStream source) {
    return yieldAll(new StreamSource.OfDouble(source));
  }

  /**
   * Rethrows, at the resume point after a {@code yieldAll}, what the delegate threw, so that the
   * template's try/catch/finally around the {@code yieldAll} apply.
   */
  protected final void rethrowDelegateFailure() throws Throwable {
    Delegation chain = this.chain;
    if (chain != null && chain.failure != null) {
      Throwable failure = chain.failure;
      chain.failure = null;
      throw failure;
    }
  }

  /**
   * Ends the generator, first closing a pending {@code yieldAll} source and running the pending
   * {@code finally} blocks (DESIGN.md, "Closing"). Does nothing before the first {@code hasNext}
   * (the body never runs), or once the generator is done.
   */
  @Override
  public final void close() {
    if (status == RUNNING) {
      throw new IllegalStateException("A generator cannot close itself from its own body.");
    }
    if (status == DONE) {
      return;
    }
    if (state == 0 && chain == null) {
      // Not started, or suspended where nothing is pending: state 0 is always outside every
      // try, whether it is the entry or, once the processor moved effect-free entry code into
      // the constructor (D18), the resume point of a loop.
      finish();
      return;
    }
    status = RUNNING;
    Delegation chain = this.chain;
    if (chain != null) {
      chain.closeFailure = null;
      // Innermost first, each closed as a generator on its own, with its own pending source.
      while (chain.depth > 0) {
        AbstractGenerator inner = chain.pop();
        inner.chain = null;
        Iterator<?> source = chain.source;
        if (source != null) {
          chain.source = null;
          inner.chain().source = source;
        }
        inner.status = SUSPENDED;
        try {
          inner.close();
        } catch (Throwable t) {
          keepCloseFailure(t);
        }
      }
    }
    Throwable delegateClose = closeDelegate();
    if (delegateClose != null) {
      keepCloseFailure(delegateClose);
    }
    Throwable failure;
    try {
      int entry = closeEntry();
      if (entry >= 0) {
        closing = true;
        state = entry;
        if (resume()) {
          keepCloseFailure(new IllegalStateException(
              "The generator reached yieldReturn while it was being closed: a finally block must"
                  + " not yield when the generator is closed."));
        }
      }
    } catch (Throwable t) {
      keepCloseFailure(t);
    } finally {
      failure = this.chain == null ? null : this.chain.closeFailure;
      finish();
    }
    if (failure != null) {
      throw Sneaky.<RuntimeException>rethrow(failure);
    }
  }

  /**
   * Keeps an exception a finally block threw while closing, so that the outer finally blocks
   * still run: the first escapes {@code close()}, later ones are added to it as suppressed.
   */
  protected final void keepCloseFailure(Throwable failure) {
    Delegation chain = chain();
    chain.closeFailure = firstOf(chain.closeFailure, failure);
  }

  /** Closes this generator's own pending source (it is the top of its chain when closing). */
  private Throwable closeDelegate() {
    Delegation chain = this.chain;
    Iterator<?> source = chain == null ? null : chain.source;
    if (source == null) {
      return null;
    }
    chain.source = null;
    if (source instanceof AutoCloseable) {
      try {
        ((AutoCloseable) source).close();
      } catch (Throwable t) {
        return t;
      }
    }
    return null;
  }

  private static Throwable firstOf(Throwable first, Throwable next) {
    if (first == null) {
      return next;
    }
    if (first != next) {
      first.addSuppressed(next);
    }
    return first;
  }

  /** Done: retains neither element nor chain (an adopted machine is detached first). */
  private void finish() {
    status = DONE;
    chain = null;
    clearCurrent();
  }

  public void remove() {
    throw new UnsupportedOperationException("A generator's elements cannot be removed.");
  }
}
