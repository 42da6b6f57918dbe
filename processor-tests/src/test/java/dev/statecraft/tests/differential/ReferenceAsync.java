package dev.statecraft.tests.differential;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The reference execution of an {@code @Async} template: the body runs as ordinary Java on its
 * own thread and {@code await} blocks on the stage, returning its value or throwing its failure
 * unwrapped from every {@code CompletionException}/{@code ExecutionException} layer with a cause.
 *
 * <p>So that a test can interleave its own actions (completing futures) with the body exactly as
 * with a generated machine, which runs synchronously until it suspends, the driver tracks whether
 * the body is <em>quiescent</em>: blocked on an incomplete stage, or finished. {@link #start} and
 * {@link #settle} return only when it is. A generated machine is quiescent whenever control is back
 * in the test, so the test performs the same action sequence on both sides and the traces compare.
 *
 * <p>The result future completes as DESIGN.md says: from the returned stage (flattened, with the
 * unwrapped failure), with {@code null} for {@code return null}, or exceptionally with the very
 * exception that escaped the body.
 *
 * <p>Cancelling the result, or completing it from outside in any other way, stops the body: the
 * pending {@code await} cancels its stage (when it is a {@code CompletableFuture}) and throws
 * {@link StopSignal}, an {@code Error} that no {@code catch (Exception)} sees, so only the
 * {@code finally} blocks and resource closes run, as DESIGN.md specifies. An await inside those
 * {@code finally} blocks gets a complete stage's outcome and throws {@code IllegalStateException}
 * for an incomplete one (docs/decisions.md); the message is not compared exactly, so the random
 * programs cancelled midway have no suspension inside finally blocks.
 */
final class ReferenceAsync {
  static final long TIMEOUT_SECONDS = 20;

  private enum State { RUNNING, BLOCKED, FINISHED }

  private final ReferenceTemplate template;
  private final Object[] args;
  private final CompletableFuture<Object> result = new CompletableFuture<>();
  private final Object lock = new Object();
  /** Completes when the result is completed from outside while the body still runs. */
  private final CompletableFuture<Void> stop = new CompletableFuture<>();
  private State state = State.RUNNING;
  /** What the blocked body waits for: its stage, or a stop. */
  private CompletableFuture<?> blockedOn;

  /** Unwinds the body from its pending await when the result is completed from outside. */
  static final class StopSignal extends Error {
    StopSignal() {
      super("reference async body stopped", null, false, false);
    }
  }

  private ReferenceAsync(ReferenceTemplate template, Object[] args) {
    this.template = template;
    this.args = args.clone();
  }

  /** Starts the body and waits until it blocks on an incomplete stage or finishes. */
  static ReferenceAsync start(ReferenceTemplate template, Object[] args) {
    ReferenceAsync run = new ReferenceAsync(template, args);
    run.result.whenComplete((value, failure) -> run.stop.complete(null));
    Thread body = new Thread(run::runBody, "reference async " + template);
    body.setDaemon(true);
    body.start();
    run.waitQuiescent();
    return run;
  }

  /** The future standing for the generated factory's result. */
  CompletableFuture<Object> result() {
    return result;
  }

  /**
   * Called after the test completed a future: if that let the body continue, waits until it is
   * quiescent again.
   */
  void settle() {
    synchronized (lock) {
      if (state == State.BLOCKED && blockedOn.isDone()) {
        state = State.RUNNING; // it is waking up; the body thread confirms on its own
      }
    }
    waitQuiescent();
  }

  private void waitQuiescent() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    synchronized (lock) {
      while (state == State.RUNNING) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new ReferenceGenerator.ReferenceTimeout("reference async body of " + template
              + " neither blocked nor finished within " + TIMEOUT_SECONDS + " s");
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private void runBody() {
    try {
      Object returned = template.invoke(args, this::marker);
      if (returned == null) {
        result.complete(null);
      } else {
        ((CompletionStage<?>) returned).whenComplete((value, failure) -> {
          if (failure != null) {
            result.completeExceptionally(unwrap(failure));
          } else {
            result.complete(value);
          }
        });
      }
    } catch (StopSignal stopped) {
      // the result was completed from outside; the finally blocks ran
    } catch (Throwable t) {
      result.completeExceptionally(t);
    } finally {
      synchronized (lock) {
        state = State.FINISHED;
        lock.notifyAll();
      }
    }
  }

  private Object marker(String marker, Object argument) {
    if (!marker.equals("await")) {
      throw new IllegalStateException(marker + " called in the reference body of async "
          + template);
    }
    if (argument == null) {
      throw new NullPointerException("await(null)");
    }
    CompletableFuture<?> stage = ((CompletionStage<?>) argument).toCompletableFuture();
    if (stop.isDone() && !stage.isDone()) {
      // docs/decisions.md: during a stop (in a finally block) a complete stage gives its
      // outcome; an incomplete one cannot be waited for any more.
      throw new IllegalStateException("await of an incomplete stage while the machine stops");
    }
    if (!stage.isDone()) {
      CompletableFuture<Object> either = CompletableFuture.anyOf(stage, stop);
      synchronized (lock) {
        state = State.BLOCKED;
        blockedOn = either;
        lock.notifyAll();
      }
      either.handle((v, t) -> null).join();
      if (!stage.isDone()) {
        synchronized (lock) {
          state = State.RUNNING;
        }
        stage.cancel(true);
        throw new StopSignal();
      }
    }
    try {
      return stage.get();
    } catch (ExecutionException e) {
      throw Sneaky.<RuntimeException>rethrow(unwrap(e));
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    } finally {
      synchronized (lock) {
        state = State.RUNNING;
      }
    }
  }

  /** Strips every {@code CompletionException}/{@code ExecutionException} layer with a cause. */
  static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
