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

  /** The source of a pending {@code yieldAll}, drained before the body resumes. */
  private Iterator<?> delegate;

  /** The innermost machine of the delegation chain this generator drives; itself when none. */
  private AbstractGenerator top = this;

  /** The machine that delegated to this one with {@code yieldAll}, while it drives this one. */
  private AbstractGenerator caller;

  /** An exception the delegate threw, rethrown into the body where its {@code yieldAll} stands. */
  private Throwable delegateFailure;

  /** The first exception a finally block threw during {@link #close()}; later ones suppressed. */
  private Throwable closeFailure;

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
    if (status == SUSPENDED && top == this && delegate == null) {
      return step(); // the common case, kept small so that it inlines
    }
    switch (status) {
      case READY:
        return true;
      case DONE:
        return false;
      case RUNNING:
        throw new IllegalStateException(
            "The generator was re-entered from its own body: a generator cannot consume itself.");
      default:
        return advance();
    }
  }

  /** Resumes a generator that delegates to nothing: one element, or the end. */
  private boolean step() {
    status = RUNNING;
    boolean suspended;
    try {
      suspended = resume();
    } catch (Throwable t) {
      finish();
      throw Sneaky.<RuntimeException>rethrow(t);
    }
    if (!suspended) {
      finish();
      return false;
    }
    if (delegate != null) {
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
   * the delegate is pushed on a chain this outermost generator drives ({@link #top}), so each
   * element costs O(1) whatever the depth, and depth never grows the Java stack (Jacobs et al.,
   * "Iterators revisited"). Any other source is pulled as an iterator.
   */
  private boolean advance() {
    status = RUNNING;
    for (;; ) {
      AbstractGenerator machine = top;
      Iterator<?> source = machine.delegate;
      if (source != null) {
        if (source instanceof AbstractGenerator inner && inner.status == SUSPENDED
            && inner.caller == null && inner != this && adopts(inner)) {
          machine.delegate = null;
          inner.caller = machine;
          inner.status = RUNNING;
          top = inner;
          continue;
        }
        if (machine.pullDelegate(this)) {
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
        pop(machine).delegateFailure = t;
        continue;
      }
      if (!suspended) {
        if (machine == this) {
          finish();
          return false;
        }
        pop(machine);
        continue;
      }
      if (machine.delegate == null) {
        if (machine != this) {
          takeFrom(machine);
        }
        status = READY;
        return true;
      }
    }
  }

  /** Ends a finished delegated machine and resumes its caller at its {@code yieldAll}. */
  private AbstractGenerator pop(AbstractGenerator machine) {
    AbstractGenerator caller = machine.caller;
    machine.caller = null;
    machine.finish();
    top = caller;
    return caller;
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
   * Takes the delegate's next element into {@code receiver}; false (and the delegate closed when
   * it is a stream) when it is exhausted or failed, the failure kept for the body.
   */
  private boolean pullDelegate(AbstractGenerator receiver) {
    Iterator<?> source = delegate;
    try {
      if (source.hasNext()) {
        receiver.takeFromDelegate(source);
        return true;
      }
    } catch (Throwable t) {
      delegateFailure = t;
    }
    delegate = null;
    if (source instanceof StreamSource) {
      try {
        ((StreamSource) source).close();
      } catch (Throwable t) {
        if (delegateFailure == null) {
          delegateFailure = t;
        } else if (delegateFailure != t) {
          delegateFailure.addSuppressed(t);
        }
      }
    }
    return false;
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
    delegate = source;
    return true;
  }

  /** {@code yieldAll(stream)}: hands on every element, then closes the stream. */
  protected final boolean yieldAll(java.util.stream.BaseStream<?, ?> source) {
    return yieldAll(new StreamSource(source));
  }

  /**
   * Rethrows, at the resume point after a {@code yieldAll}, what the delegate threw, so that the
   * template's try/catch/finally around the {@code yieldAll} apply.
   */
  protected final void rethrowDelegateFailure() throws Throwable {
    Throwable failure = delegateFailure;
    if (failure != null) {
      delegateFailure = null;
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
    if (state == 0) {
      finish();
      return;
    }
    status = RUNNING;
    closeFailure = null;
    while (top != this) {
      AbstractGenerator inner = top;
      top = inner.caller;
      inner.caller = null;
      inner.status = SUSPENDED;
      try {
        inner.close();
      } catch (Throwable t) {
        keepCloseFailure(t);
      }
    }
    Throwable delegateClose = closeDelegate();
    if (delegateClose != null) {
      keepCloseFailure(delegateClose);
    }
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
      finish();
    }
    Throwable failure = closeFailure;
    closeFailure = null;
    if (failure != null) {
      throw Sneaky.<RuntimeException>rethrow(failure);
    }
  }

  /**
   * Keeps an exception a finally block threw while closing, so that the outer finally blocks
   * still run: the first escapes {@code close()}, later ones are added to it as suppressed.
   */
  protected final void keepCloseFailure(Throwable failure) {
    closeFailure = firstOf(closeFailure, failure);
  }

  private Throwable closeDelegate() {
    Iterator<?> source = delegate;
    delegate = null;
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

  private void finish() {
    status = DONE;
    delegate = null;
    delegateFailure = null;
    clearCurrent();
  }

  public void remove() {
    throw new UnsupportedOperationException("A generator's elements cannot be removed.");
  }
}
