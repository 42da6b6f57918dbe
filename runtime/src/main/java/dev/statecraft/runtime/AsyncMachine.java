package dev.statecraft.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.BiConsumer;

/**
 * Base class of the generated machine of an {@code @Async} template, and its driver.
 *
 * <p>The generated {@link #resume()} runs the body from {@link #state}: at an {@code await} it
 * sets {@code state} to the resume point and calls {@link #awaitNow}, which gives the stage's
 * value when the stage was complete (or completed while the machine registered for it), or
 * throws its failure; then the body goes on synchronously, in a Java local of {@code resume()}.
 * Otherwise {@code awaitNow} registers the machine as the stage's callback and gives
 * {@link #SUSPENDED}, and {@code resume()} returns; the callback keeps the outcome in two fields
 * and runs {@code resume()} again, whose local then holds {@link #RESUMED}, so that
 * {@link #awaitResult(Object)} at the resume point reads the fields instead (it also throws a
 * failure there, where the resume point's handlers apply).
 * The body ends with {@link #complete} or {@link #completeFrom}; an exception escaping
 * {@code resume()} fails the result with that same exception object.
 *
 * <p>Concurrency: the machine runs on one thread at a time. {@link #status} hands it over
 * between the thread that suspends it and the thread that completes the awaited stage, so a
 * completion racing with the registration never resumes it twice. Resumptions (and starts
 * nested deeper than {@link Trampoline#MAX_NESTED_STARTS}) go through a per-thread loop, so long
 * chains of machines completing each other never grow the stack.
 *
 * <p>Completing the result from outside (cancel, complete, completeExceptionally, orTimeout)
 * stops the machine: a suspended one runs its pending finally blocks there and then, a running
 * one at its next {@code await}. An exception a finally throws then is added as suppressed to the
 * exception of the result (for a value completed from outside, it goes to the thread's uncaught
 * exception handler), so it never vanishes silently.
 */
public abstract class AsyncMachine<T> implements BiConsumer<Object, Throwable> {
  private static final int RUNNING = 0;
  /** Registered as the awaited stage's callback, which resumes it. */
  private static final int WAITING = 1;
  /** The awaited stage completed before the machine finished suspending: it goes on itself. */
  private static final int COMPLETED_EARLY = 2;
  private static final int DONE = 3;

  private static final AtomicIntegerFieldUpdater<AsyncMachine> STATUS =
      AtomicIntegerFieldUpdater.newUpdater(AsyncMachine.class, "status");

  /** The resume point the generated {@link #resume()} dispatches on; 0 before the start. */
  protected int state;

  /** True while pending finally blocks run because the result was completed from outside. */
  protected boolean closing;

  private volatile int status = RUNNING;
  private final Result<T> result = new Result<>(this);
  private CompletionStage<?> awaited;
  private Object awaitedValue;
  private Throwable awaitedFailure;
  private Throwable closeFailure;

  protected AsyncMachine() {}

  /** Runs the body from {@link #state} until it suspends or completes the result. */
  protected abstract void resume() throws Throwable;

  /** As {@code AbstractGenerator.closeEntry}: the first pending finally, or -1. */
  protected int closeEntry() {
    return -1;
  }

  /** Starts the body synchronously and returns the result; called by the factory. */
  public final CompletableFuture<T> start() {
    Trampoline.start(this);
    return result;
  }

  /** Runs the body until it suspends, failing the result with what escapes it. */
  final void run() {
    try {
      resume();
    } catch (Throwable failure) {
      status = DONE;
      result.completeInternally(null, failure);
    }
  }

  /** What {@link #awaitNow} gives when the machine suspended (or stopped): resume() returns. */
  protected static final Object SUSPENDED = new Object();

  /**
   * The initial value of the generated {@code resume()}'s local that holds an awaited value:
   * no await ran yet in this call, so the machine was resumed by the awaited stage's callback
   * and the outcome is in the fields {@code awaitedValue}/{@code awaitedFailure}.
   */
  protected static final Object RESUMED = new Object();

  /**
   * {@code await(stage)}, called with {@link #state} already at the resume point: the value of
   * a complete stage, or its failure thrown unwrapped (the resume point's handlers apply, as
   * they go by {@code state}); {@link #SUSPENDED} when the machine suspended or stopped.
   *
   * <p>The fast path (issue 5: an await of a completed future costs close to a hand-written
   * driver) is a plain {@code CompletableFuture} or another machine's result that is complete
   * while the result of this machine is not: one volatile read of each, the value goes back in
   * a register, and no field is written. The result's check comes first because an outside
   * completion stops a running machine at its next await (D14); while the machine is closing,
   * its result is complete, so {@link #closing} needs no check of its own here.
   */
  @SuppressWarnings("unchecked")
  protected final Object awaitNow(CompletionStage<?> stage) throws Throwable {
    if (!result.isDone() && stage != null
        && (stage.getClass() == CompletableFuture.class || stage instanceof Result)) {
      Object value;
      try {
        value = ((CompletableFuture<Object>) stage).getNow(SUSPENDED);
      } catch (Throwable failure) {
        throw unwrap(failure);
      }
      if (value != SUSPENDED) {
        return value;
      }
    }
    return awaitReady(stage) ? awaitResult() : SUSPENDED;
  }

  /**
   * The awaited value at a resume point: {@code awaited} itself after an await in this call of
   * {@code resume()}; after a resumption ({@link #RESUMED}), the value the callback kept, or its
   * failure thrown.
   */
  protected final Object awaitResult(Object awaited) throws Throwable {
    return awaited != RESUMED ? awaited : awaitResult();
  }

  /**
   * The slow path of {@link #awaitNow}: true when the body may read {@link #awaitResult()} now;
   * false when the machine suspended (the caller returns from {@code resume()}), or stopped.
   */
  private boolean awaitReady(CompletionStage<?> stage) {
    if (closing) {
      return awaitWhileStopping(stage);
    }
    if (result.isDone()) {
      stopHere();
      return false;
    }
    if (stage == null) {
      awaitedValue = null;
      awaitedFailure = new NullPointerException("await(null): the awaited stage is null");
      return true;
    }
    if (isPlainFuture(stage) && ((CompletableFuture<?>) stage).isDone()) {
      takeOutcome((CompletableFuture<?>) stage);
      return true;
    }
    awaited = stage;
    stage.whenComplete(this);
    if (STATUS.compareAndSet(this, RUNNING, WAITING)) {
      if (result.isDone()) {
        stopFromOutside(); // completed from outside while we registered: nobody else saw us
      }
      return false;
    }
    // The stage completed on another thread (or inline) before we suspended: go on here.
    status = RUNNING;
    awaited = null;
    return true;
  }

  /**
   * An {@code await} in a finally block that runs because the machine is being stopped: a
   * complete stage gives its outcome; an incomplete one cannot be waited for (the result is
   * already complete), so the await throws {@link IllegalStateException}, which is kept as the
   * stop's failure while the outer finally blocks still run (as a yield while closing a
   * generator).
   */
  private boolean awaitWhileStopping(CompletionStage<?> stage) {
    if (stage != null && isPlainFuture(stage) && ((CompletableFuture<?>) stage).isDone()) {
      takeOutcome((CompletableFuture<?>) stage);
    } else {
      awaitedValue = null;
      awaitedFailure = stage == null
          ? new NullPointerException("await(null): the awaited stage is null")
          : new IllegalStateException("await of a stage that is not complete, in a finally block"
              + " running because the result was completed from outside: the machine cannot"
              + " wait any more.");
    }
    return true;
  }

  /** The awaited value, or the awaited failure thrown unwrapped. */
  private Object awaitResult() throws Throwable {
    Throwable failure = awaitedFailure;
    Object value = awaitedValue;
    awaitedFailure = null;
    awaitedValue = null;
    if (failure != null) {
      throw failure;
    }
    return value;
  }

  /** The awaited stage's callback. */
  @Override
  public final void accept(Object value, Throwable failure) {
    awaitedValue = value;
    awaitedFailure = failure == null ? null : unwrap(failure);
    for (;;) {
      int current = status;
      if (current == RUNNING) {
        if (STATUS.compareAndSet(this, RUNNING, COMPLETED_EARLY)) {
          return;
        }
      } else if (current == WAITING) {
        if (STATUS.compareAndSet(this, WAITING, RUNNING)) {
          awaited = null;
          Trampoline.resume(this);
          return;
        }
      } else {
        return;
      }
    }
  }

  /**
   * A {@code CompletableFuture} whose state may be read: not a minimal stage or another subclass
   * whose {@code isDone}/{@code join} may throw. Other stages take the callback path.
   */
  private static boolean isPlainFuture(CompletionStage<?> stage) {
    return stage.getClass() == CompletableFuture.class || stage instanceof Result;
  }

  private void takeOutcome(CompletableFuture<?> future) {
    try {
      awaitedValue = future.join();
      awaitedFailure = null;
    } catch (Throwable failure) {
      awaitedValue = null;
      awaitedFailure = unwrap(failure);
    }
  }

  /** {@code return completedFuture(value);} / {@code return value;}: completes the result. */
  protected final void complete(Object value) {
    status = DONE;
    @SuppressWarnings("unchecked")
    T typed = (T) value;
    result.completeInternally(typed, null);
  }

  /** {@code return stage;}: completes the result from {@code stage}, flattened and unwrapped. */
  protected final void completeFrom(CompletionStage<?> stage) {
    status = DONE;
    if (stage == null) {
      result.completeInternally(null, null);
      return;
    }
    if (isPlainFuture(stage) && ((CompletableFuture<?>) stage).isDone()) {
      takeOutcome((CompletableFuture<?>) stage);
      @SuppressWarnings("unchecked")
      T typed = (T) awaitedValue;
      result.completeInternally(typed, awaitedFailure);
      awaitedValue = null;
      awaitedFailure = null;
      return;
    }
    // Through the trampoline: a chain of results completing each other must not nest.
    stage.whenComplete((value, failure) -> Trampoline.later(() -> {
      @SuppressWarnings("unchecked")
      T typed = (T) value;
      result.completeInternally(typed, failure == null ? null : unwrap(failure));
    }));
  }

  /** The original exception inside CompletionException / ExecutionException layers. */
  static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /** The result was completed from outside: stop a suspended machine now. */
  final void stopFromOutside() {
    if (STATUS.compareAndSet(this, WAITING, RUNNING)) {
      CompletionStage<?> pending = awaited;
      awaited = null;
      if (pending instanceof CompletableFuture<?> future) {
        try {
          future.cancel(false);
        } catch (UnsupportedOperationException minimalStage) {
          // a stage that cannot be cancelled from here
        }
      }
      // The stop is not the awaited stage's outcome: the finally blocks resume without it.
      awaitedValue = null;
      awaitedFailure = null;
      status = RUNNING;
      stopHere();
    }
  }

  /** Runs the pending finally blocks (no catch clause sees the stop) and ends the machine. */
  private void stopHere() {
    try {
      int entry = closeEntry();
      if (entry >= 0) {
        closing = true;
        state = entry;
        resume();
      }
    } catch (Throwable failure) {
      keepCloseFailure(failure);
    } finally {
      status = DONE;
    }
    Throwable failure = closeFailure;
    closeFailure = null;
    if (failure != null) {
      reportStopFailure(failure);
    }
  }

  /** A finally block threw while stopping: later ones still run (as when closing a generator). */
  protected final void keepCloseFailure(Throwable failure) {
    if (closeFailure == null) {
      closeFailure = failure;
    } else if (closeFailure != failure) {
      closeFailure.addSuppressed(failure);
    }
  }

  private void reportStopFailure(Throwable failure) {
    // whenComplete sees the exception the result stores (join() may throw a fresh copy).
    result.whenComplete((value, stored) -> {
      if (stored != null) {
        if (stored != failure) {
          stored.addSuppressed(failure);
        }
      } else {
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
      }
    });
  }

  /**
   * The future a factory returns. Completing it from outside stops the machine; the machine
   * itself completes it through {@link #completeInternally}.
   */
  private static final class Result<T> extends CompletableFuture<T> {
    private final AsyncMachine<T> machine;

    Result(AsyncMachine<T> machine) {
      this.machine = machine;
    }

    void completeInternally(T value, Throwable failure) {
      if (failure == null) {
        super.complete(value);
      } else {
        super.completeExceptionally(failure);
      }
    }

    @Override
    public boolean complete(T value) {
      return stopIf(super.complete(value));
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
      return stopIf(super.completeExceptionally(failure));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      return stopIf(super.cancel(mayInterruptIfRunning));
    }

    /** A completion from outside that took effect stops the machine (DESIGN.md, D14). */
    private boolean stopIf(boolean completedFromOutside) {
      if (completedFromOutside) {
        machine.stopFromOutside();
      }
      return completedFromOutside;
    }

    @Override
    public CompletableFuture<T> completeAsync(
        java.util.function.Supplier<? extends T> supplier, java.util.concurrent.Executor executor) {
      // CompletableFuture completes this internally, past complete(): stop the machine too.
      executor.execute(() -> {
        try {
          complete(supplier.get());
        } catch (Throwable failure) {
          completeExceptionally(failure);
        }
      });
      return this;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
      return new CompletableFuture<>();
    }
  }
}
