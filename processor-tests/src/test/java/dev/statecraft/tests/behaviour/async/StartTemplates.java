package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Templates for DESIGN.md's {@code @Async} start and resumption rules: synchronous start up to
 * the first incomplete await, the fast path over complete stages, resumption on the completing
 * thread, and constant stack for long loops and long chains.
 */
class StartTemplates {
  /** Logs each step with the thread it ran on. */
  @Async
  static CompletableFuture<String> steps(List<String> log, List<Thread> threads,
      CompletableFuture<String> first, CompletableFuture<String> second) {
    log.add("start");
    threads.add(Thread.currentThread());
    String a = await(first);
    log.add("after first " + a);
    threads.add(Thread.currentThread());
    String b = await(second);
    log.add("after second " + b);
    threads.add(Thread.currentThread());
    return completedFuture(a + b);
  }

  /** Awaits the same complete future {@code n} times. */
  @Async
  static CompletableFuture<Long> sumOfCompleted(int n, CompletableFuture<Integer> value) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += await(value);
    }
    return completedFuture(sum);
  }

  /** Awaits {@code n} futures handed out by {@code next}, each awaited once. */
  @Async
  static CompletableFuture<Long> sumOfNext(int n, Supplier<CompletableFuture<Integer>> next) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += await(next.get());
    }
    return completedFuture(sum);
  }

  /**
   * DESIGN.md's chain: each level awaits the next generated method; the bottom awaits
   * {@code bottom}. The result is the bottom's value plus the depth.
   */
  @Async
  static CompletableFuture<Integer> chain(int n, CompletableFuture<Integer> bottom) {
    if (n == 0) {
      return completedFuture(await(bottom));
    }
    return completedFuture(await(StartTemplatesGen.chain(n - 1, bottom)) + 1);
  }

  /** A chain that records the thread its top level resumed on. */
  @Async
  static CompletableFuture<Integer> chainTop(int n, CompletableFuture<Integer> bottom,
      List<Thread> threads) {
    int below = await(StartTemplatesGen.chain(n, bottom));
    threads.add(Thread.currentThread());
    return completedFuture(below);
  }

  /** A chain that returns the next level's stage instead of awaiting it. */
  @Async
  static CompletionStage<Integer> relayChain(int n, CompletableFuture<Integer> bottom) {
    if (n == 0) {
      return bottom;
    }
    return StartTemplatesGen.relayChain(n - 1, bottom);
  }

  /** Starts the next level from inside its body: every level starts synchronously. */
  @Async
  static CompletableFuture<Integer> nestedStart(int depth, List<String> log) {
    log.add("enter " + depth);
    CompletableFuture<Integer> inner =
        depth == 0 ? completedFuture(0) : StartTemplatesGen.nestedStart(depth - 1, log);
    log.add("started " + depth + " done=" + inner.isDone());
    return completedFuture(await(inner) + 1);
  }

  /** Completes {@code other} (awaited by another machine) from inside its body. */
  @Async
  static CompletableFuture<String> completesAnother(CompletableFuture<String> other,
      CompletableFuture<String> next, List<String> log) {
    log.add("completing");
    other.complete("from a body");
    log.add("completed");
    return completedFuture(await(next));
  }

  /** A body without any await runs entirely inside the factory. */
  @Async
  static CompletableFuture<String> noAwait(List<String> log) {
    log.add("ran");
    return completedFuture("done");
  }

  /** Awaiting the result of another generated method that completes synchronously. */
  @Async
  static CompletableFuture<String> awaitsNoAwait(List<String> log) {
    log.add("before");
    String inner = await(StartTemplatesGen.noAwait(log));
    log.add("after " + inner);
    return completedFuture(inner + "!");
  }

  /** Awaits a factory generated from another file in the same compilation. */
  @Async
  static CompletableFuture<Integer> crossFile(CompletableFuture<Integer> f) {
    int v = await(LeafTemplatesGen.leaf(f));
    return completedFuture(v * 2);
  }
}
