package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicIntegerArray;

/** Templates run concurrently on a small pool, and against racing completions. */
class ConcurrencyTemplates {
  /**
   * Awaits five values computed on {@code pool}, then a generated leaf that does the same;
   * counts how often its end runs ({@code ends[id]}) and notes resumptions off the pool.
   */
  @Async
  static CompletableFuture<Long> job(int id, Executor pool, AtomicIntegerArray ends,
      AtomicIntegerArray offPool) {
    long sum = 0;
    for (int k = 1; k <= 5; k++) {
      int factor = k;
      sum += await(CompletableFuture.supplyAsync(() -> (long) id * factor, pool));
      if (!Thread.currentThread().getName().startsWith("pool-")) {
        offPool.incrementAndGet(id);
      }
    }
    sum += await(ConcurrencyTemplatesGen.leaf(id, pool));
    ends.incrementAndGet(id);
    return completedFuture(sum);
  }

  @Async
  static CompletableFuture<Long> leaf(int id, Executor pool) {
    long a = await(CompletableFuture.supplyAsync(() -> (long) id, pool));
    long b = await(CompletableFuture.supplyAsync(() -> a * 1000, pool));
    return completedFuture(a + b);
  }

  /** One await; records the thread it resumed on. */
  @Async
  static CompletableFuture<Integer> fanIn(CompletableFuture<Integer> shared, int id,
      Thread[] resumedOn) {
    int v = await(shared);
    resumedOn[id] = Thread.currentThread();
    return completedFuture(v + id);
  }

  /** One await; counts how often the code after it runs. */
  @Async
  static CompletableFuture<Integer> once(CompletableFuture<Integer> f, AtomicIntegerArray after,
      int slot) {
    int v = await(f);
    after.incrementAndGet(slot);
    return completedFuture(v + 1);
  }

  /** Two awaits: the second registers on whichever thread completed the first. */
  @Async
  static CompletableFuture<Integer> twice(CompletableFuture<Integer> f1,
      CompletableFuture<Integer> f2, AtomicIntegerArray afterFirst, AtomicIntegerArray afterSecond,
      int slot) {
    int a = await(f1);
    afterFirst.incrementAndGet(slot);
    int b = await(f2);
    afterSecond.incrementAndGet(slot);
    return completedFuture(a * 10 + b);
  }

  /** Two awaits in a try whose finally counts; the second stage is never completed. */
  @Async
  static CompletableFuture<Integer> guardedTwice(CompletableFuture<Integer> f1,
      CompletableFuture<Integer> f2, AtomicIntegerArray afterFirst,
      AtomicIntegerArray afterSecond, AtomicIntegerArray finallies, int slot) {
    try {
      int a = await(f1);
      afterFirst.incrementAndGet(slot);
      int b = await(f2);
      afterSecond.incrementAndGet(slot);
      return completedFuture(a + b);
    } finally {
      finallies.incrementAndGet(slot);
    }
  }
}
