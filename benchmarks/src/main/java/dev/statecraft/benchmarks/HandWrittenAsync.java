package dev.statecraft.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * The async baselines for {@link AsyncSums}: a minimal hand-written driver, and the recursive
 * {@code thenCompose} chain a programmer writes without coroutines.
 */
final class HandWrittenAsync {
  private HandWrittenAsync() {}

  /** {@link AsyncSums#sum} by hand: a loop over the futures that only suspends for one not done. */
  static CompletableFuture<Integer> sum(CompletableFuture<Integer>[] futures) {
    return new Driver(futures, null, futures.length).start();
  }

  /** {@link AsyncSums#sumLater} by hand. */
  static CompletableFuture<Integer> sumLater(Later source, int n) {
    return new Driver(null, source, n).start();
  }

  /**
   * The smallest correct driver: checks {@code isDone()} and reads {@code getNow}; otherwise
   * registers itself as the future's callback and goes on inside it (no trampoline, no
   * cancellation, no unwrapping: the floor a generated machine is compared with).
   */
  private static final class Driver implements BiConsumer<Integer, Throwable> {
    private final CompletableFuture<Integer>[] futures;
    private final Later source;
    private final int n;
    private final CompletableFuture<Integer> result = new CompletableFuture<>();
    private int i;
    private int sum;

    Driver(CompletableFuture<Integer>[] futures, Later source, int n) {
      this.futures = futures;
      this.source = source;
      this.n = n;
    }

    CompletableFuture<Integer> start() {
      run();
      return result;
    }

    private void run() {
      try {
        while (i < n) {
          CompletableFuture<Integer> future = futures != null ? futures[i] : source.next();
          if (!future.isDone()) {
            future.whenComplete(this);
            return;
          }
          sum += future.getNow(null);
          i++;
        }
        result.complete(sum);
      } catch (Throwable failure) {
        result.completeExceptionally(failure);
      }
    }

    @Override
    public void accept(Integer value, Throwable failure) {
      if (failure != null) {
        result.completeExceptionally(failure);
        return;
      }
      sum += value;
      i++;
      run();
    }
  }

  /** {@link AsyncSums#sum} as a recursive {@code thenCompose} chain. */
  static CompletableFuture<Integer> composeSum(CompletableFuture<Integer>[] futures, int i,
      int sum) {
    if (i == futures.length) {
      return CompletableFuture.completedFuture(sum);
    }
    return futures[i].thenCompose(value -> composeSum(futures, i + 1, sum + value));
  }

  /** {@link AsyncSums#sumLater} as a recursive {@code thenCompose} chain. */
  static CompletableFuture<Integer> composeSumLater(Later source, int n, int i, int sum) {
    if (i == n) {
      return CompletableFuture.completedFuture(sum);
    }
    return source.next().thenCompose(value -> composeSumLater(source, n, i + 1, sum + value));
  }
}
