package dev.statecraft.benchmarks;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.concurrent.CompletableFuture;

/**
 * The async templates under test: sum the values of {@code n} futures, awaiting each in turn.
 * Code calls the generated {@code AsyncSumsGen} factories.
 */
final class AsyncSums {
  private AsyncSums() {}

  /** Awaits each future of the array (the benchmark passes completed ones). */
  @Async
  static CompletableFuture<Integer> sum(CompletableFuture<Integer>[] futures) {
    int sum = 0;
    for (int i = 0; i < futures.length; i++) {
      sum += await(futures[i]);
    }
    return completedFuture(sum);
  }

  /** Awaits {@code n} futures that {@code source} hands out incomplete, one at a time. */
  @Async
  static CompletableFuture<Integer> sumLater(Later source, int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += await(source.next());
    }
    return completedFuture(sum);
  }
}
