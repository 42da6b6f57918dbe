package dev.statecraft.benchmarks;

import java.util.concurrent.CompletableFuture;

/**
 * Futures completed later: {@link #next()} hands out a new incomplete future and remembers it;
 * the benchmark thread then completes it with {@link #completeAll}. A consumer that runs on the
 * completing thread (a state machine resumed by the completion) asks for its next future before
 * {@code complete} returns, so every await suspends and is resumed exactly once; a consumer on
 * another thread (a virtual thread) is waited for.
 */
public final class Later {
  /** The values, boxed once, so that no completion allocates an {@code Integer}. */
  static final Integer[] VALUES = values(AsyncBenchmark.N);

  private volatile CompletableFuture<Integer> pending;

  /** A new incomplete future, completed by the next step of {@link #completeAll}. */
  public CompletableFuture<Integer> next() {
    CompletableFuture<Integer> future = new CompletableFuture<>();
    pending = future;
    return future;
  }

  /**
   * Completes {@code n} futures, each as soon as the consumer asked for it: on this thread, a
   * consumer resumed inside {@code complete} has asked for the next one when it returns.
   */
  public void completeAll(int n) {
    for (int i = 0; i < n; i++) {
      completeNext(i);
    }
  }

  /** Completes the future the consumer asks for next with {@code VALUES[i]}. */
  public void completeNext(int i) {
    CompletableFuture<Integer> future;
    while ((future = pending) == null) {
      Thread.onSpinWait(); // only a consumer on another thread makes this wait
    }
    pending = null;
    future.complete(VALUES[i]);
  }

  static Integer[] values(int n) {
    Integer[] values = new Integer[n];
    for (int i = 0; i < n; i++) {
      values[i] = i;
    }
    return values;
  }
}
