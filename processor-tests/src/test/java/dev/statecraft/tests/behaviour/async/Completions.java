package dev.statecraft.tests.behaviour.async;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/** Helpers of the async behaviour suite: other threads, outcomes, bounded waits. */
final class Completions {
  /** Stack size of the threads that complete futures: deep recursion there overflows at once. */
  static final long SMALL_STACK = 256 * 1024;

  private Completions() {}

  /**
   * Runs {@code action} on a new thread named {@code name} (with a small stack) and waits for
   * it; rethrows what it threw. Returns the thread, so that tests can compare it with the thread
   * a template recorded.
   */
  static Thread runOnThread(String name, Runnable action) {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        action.run();
      } catch (Throwable t) {
        thrown.set(t);
      }
    }, name, SMALL_STACK);
    thread.start();
    try {
      thread.join(20_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertTrue(!thread.isAlive(), () -> name + " did not finish");
    Throwable failure = thrown.get();
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure != null) {
      throw new AssertionError(name + " threw", failure);
    }
    return thread;
  }

  /** The value of a future that must already be complete (no waiting: the test drove it). */
  static <T> T valueNow(CompletionStage<T> stage) {
    CompletableFuture<T> future = stage.toCompletableFuture();
    assertTrue(future.isDone(), () -> "not complete: " + future);
    return future.join();
  }

  /** The value of {@code stage}, waiting a bounded time. */
  static <T> T valueWithin(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("failed", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("not complete after 20 s: " + stage, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * The exception a future that must already be complete failed with, exactly as stored (as
   * {@code get()} reports it, under one {@link ExecutionException}).
   */
  static Throwable failureNow(CompletionStage<?> stage) {
    CompletableFuture<?> future = stage.toCompletableFuture();
    assertTrue(future.isDone(), () -> "not complete: " + future);
    assertTrue(future.isCompletedExceptionally(), () -> "not failed: " + future);
    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    return e.getCause();
  }

  /** The failure stored in {@code stage}, as {@code whenComplete} sees it. */
  static Throwable storedFailure(CompletionStage<?> stage) {
    AtomicReference<Throwable> seen = new AtomicReference<>();
    stage.whenComplete((value, failure) -> seen.set(failure));
    if (seen.get() == null) {
      fail("not failed (or not complete): " + stage);
    }
    return seen.get();
  }
}
