package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Templates for the await fast path (issue 5): the value of a complete stage goes on in a Java
 * local of the resume method, a resumption reads what the callback kept, and a local read left
 * of an await needs no field unless the operands after it assign it.
 */
class FastPathTemplates {
  /** {@code ignored} only makes its argument expression run before the stage is awaited. */
  static <T> CompletableFuture<T> after(Object ignored, CompletableFuture<T> stage) {
    return stage;
  }

  static String pair(int left, int right) {
    return left + "/" + right;
  }

  /**
   * Locals left of an await that the awaited expression assigns: Java read them before, so
   * their old values count; a local nobody assigns is read after the suspension.
   */
  @Async
  static CompletableFuture<String> assignedRightOfTheRead(CompletableFuture<Integer> f) {
    int x = 3;
    x += await(after(x = 10, f));
    int y = 5;
    int z = y + await(after(y++, f));
    String s = pair(y, await(after(y = 100, f)));
    int w = 1;
    w += await(f);
    w = w * 10 + await(f);
    return completedFuture(x + "," + z + "," + y + "," + s + "," + w);
  }

  /** Template locals named like the resume method's local and the runtime's sentinels. */
  @Async
  static CompletableFuture<Integer> namesOfTheMachine(CompletableFuture<Integer> f) {
    int awaited = 1;
    int SUSPENDED = 2;
    int RESUMED = 3;
    awaited += await(f);
    SUSPENDED += await(f);
    RESUMED += await(f);
    return completedFuture(awaited * 100 + SUSPENDED * 10 + RESUMED);
  }

  /** Two awaits in one expression: either may suspend, the other may be complete. */
  @Async
  static CompletableFuture<String> twoInOneExpression(CompletableFuture<String> a,
      CompletableFuture<String> b) {
    return completedFuture(await(a) + "+" + await(b));
  }

  /** {@code await(f);} as a statement: its failure is still thrown where the catch sees it. */
  @Async
  static CompletableFuture<String> awaitAsStatement(CompletableFuture<Integer> f,
      List<String> log) {
    try {
      await(f);
      log.add("after await");
      return completedFuture("value");
    } catch (IllegalStateException e) {
      // CancellationException is an IllegalStateException too.
      return completedFuture("caught " + (e instanceof CancellationException ? "cancellation"
          : e.getMessage()));
    }
  }

  @Async
  static CompletableFuture<Integer> inner(CompletableFuture<Integer> f) {
    return completedFuture(await(f) * 2);
  }

  /** Awaits another machine's result (complete when {@code f} is): the fast path takes it. */
  @Async
  static CompletableFuture<Integer> outer(CompletableFuture<Integer> f) {
    return completedFuture(await(FastPathTemplatesGen.inner(f)) + 1);
  }

  /**
   * Cancels its own result while running, then awaits a stage that is already complete: the
   * fast path must not skip the stop (D14: a running machine stops at its next await).
   */
  @Async
  static CompletableFuture<String> cancelsItselfThenAwaitsACompleteStage(
      AtomicReference<CompletableFuture<String>> self, CompletableFuture<String> first,
      CompletableFuture<String> complete, List<String> log) {
    try {
      log.add("first " + await(first));
      self.get().cancel(false);
      log.add("second " + await(complete));
    } finally {
      log.add("finally");
    }
    return completedFuture("end");
  }
}
