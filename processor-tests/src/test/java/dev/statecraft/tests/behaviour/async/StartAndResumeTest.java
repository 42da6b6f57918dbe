package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static dev.statecraft.tests.behaviour.async.Completions.valueNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * DESIGN.md, {@code @Async}: "The body starts synchronously inside the factory call and runs
 * until its first await of a stage that is not yet complete. Awaiting an already-complete stage
 * continues synchronously with no allocation and no callback; a loop of 1,000,000 such awaits
 * never grows the stack. When an awaited stage completes later, the machine resumes on the
 * thread that completed it." and "A chain of generated async methods ... a depth of 100,000
 * completes without StackOverflowError".
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StartAndResumeTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final List<Thread> threads = Collections.synchronizedList(new ArrayList<>());

  @Test
  void theBodyRunsInsideTheFactoryUntilTheFirstIncompleteAwait() {
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> second = new CompletableFuture<>();
    CompletableFuture<String> result = StartTemplatesGen.steps(log, threads, first, second);
    assertEquals(List.of("start"), log, "the body ran up to await(first) inside the factory");
    assertEquals(List.of(Thread.currentThread()), threads);
    assertFalse(result.isDone());
    assertEquals(1, first.getNumberOfDependents(), "one callback registered on the awaited stage");
    assertEquals(0, second.getNumberOfDependents(), "nothing ran past the pending await");
  }

  @Test
  void factoriesCalledFromARunningBodyStartSynchronouslyToo() {
    CompletableFuture<Integer> result = StartTemplatesGen.nestedStart(10, log);
    List<String> expected = new ArrayList<>();
    for (int depth = 10; depth >= 0; depth--) {
      expected.add("enter " + depth);
    }
    for (int depth = 0; depth <= 10; depth++) {
      expected.add("started " + depth + " done=true");
    }
    assertEquals(expected, log);
    assertEquals(11, valueNow(result));
  }

  @Test
  void aMachineResumedByAnotherMachinesBodyResumesOnThatThread() {
    CompletableFuture<String> shared = new CompletableFuture<>();
    CompletableFuture<String> waiting = StartTemplatesGen.steps(log, threads, shared,
        CompletableFuture.completedFuture("!"));
    List<CompletableFuture<String>> completer = new ArrayList<>();
    Thread thread = runOnThread("body-thread", () -> completer.add(
        StartTemplatesGen.completesAnother(shared, CompletableFuture.completedFuture("n"), log)));
    assertEquals("n", valueNow(completer.get(0)));
    assertEquals("from a body!", valueNow(waiting), "resumed before the factory returned");
    assertEquals(List.of(Thread.currentThread(), thread, thread), threads);
    assertTrue(log.containsAll(List.of("start", "completing", "completed",
        "after first from a body", "after second !")), () -> "" + log);
  }

  @Test
  void awaitOfAFactoryGeneratedFromAnotherFile() {
    assertEquals(42, valueNow(StartTemplatesGen.crossFile(CompletableFuture.completedFuture(20))));
    CompletableFuture<Integer> f = new CompletableFuture<>();
    CompletableFuture<Integer> result = StartTemplatesGen.crossFile(f);
    runOnThread("completer", () -> f.complete(1));
    assertEquals(4, valueNow(result));
  }

  @Test
  void aBodyWithoutAwaitCompletesInsideTheFactory() {
    CompletableFuture<String> result = StartTemplatesGen.noAwait(log);
    assertEquals(List.of("ran"), log);
    assertEquals("done", valueNow(result));
  }

  @Test
  void awaitingCompleteFuturesContinuesSynchronouslyOnTheCallingThread() {
    CompletableFuture<String> first = CompletableFuture.completedFuture("a");
    CompletableFuture<String> second = CompletableFuture.completedFuture("b");
    CompletableFuture<String> result = StartTemplatesGen.steps(log, threads, first, second);
    assertEquals(List.of("start", "after first a", "after second b"), log);
    Thread me = Thread.currentThread();
    assertEquals(List.of(me, me, me), threads);
    assertEquals("ab", valueNow(result), "complete when the factory returns");
    assertEquals(0, first.getNumberOfDependents(), "no callback on a complete stage");
    assertEquals(0, second.getNumberOfDependents(), "no callback on a complete stage");
  }

  @Test
  void awaitingAGeneratedResultThatIsAlreadyCompleteGoesOnAtOnce() {
    CompletableFuture<String> result = StartTemplatesGen.awaitsNoAwait(log);
    assertEquals(List.of("before", "ran", "after done"), log);
    assertEquals("done!", valueNow(result));
  }

  @Test
  void aMillionAwaitsOfCompleteFuturesNeverGrowTheStack() {
    // Run on a thread with a small stack: one frame per await would overflow long before.
    CompletableFuture<Integer> seven = CompletableFuture.completedFuture(7);
    List<CompletableFuture<Long>> result = new ArrayList<>();
    runOnThread("small-stack",
        () -> result.add(StartTemplatesGen.sumOfCompleted(1_000_000, seven)));
    assertEquals(7_000_000L, valueNow(result.get(0)));
  }

  @Test
  void awaitingCompleteFuturesAllocatesNothingPerAwait() {
    Assumptions.assumeTrue(
        ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean beans
            && beans.isThreadAllocatedMemorySupported() && beans.isThreadAllocatedMemoryEnabled(),
        "per-thread allocation counters unavailable");
    com.sun.management.ThreadMXBean beans =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    CompletableFuture<Integer> seven = CompletableFuture.completedFuture(7);
    StartTemplatesGen.sumOfCompleted(1000, seven).join(); // loads and links everything
    long before = beans.getCurrentThreadAllocatedBytes();
    CompletableFuture<Long> result = StartTemplatesGen.sumOfCompleted(1_000_000, seven);
    long allocated = beans.getCurrentThreadAllocatedBytes() - before;
    assertEquals(7_000_000L, valueNow(result));
    // One machine and one future cost a few hundred bytes; anything per await costs >= 16 MB.
    assertTrue(allocated < 100_000, () -> "1,000,000 awaits of a complete future allocated "
        + allocated + " bytes");
  }

  @Test
  void theMachineResumesOnTheThreadThatCompletesTheAwaitedStage() {
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> second = new CompletableFuture<>();
    CompletableFuture<String> result = StartTemplatesGen.steps(log, threads, first, second);
    Thread one = runOnThread("completer-1", () -> {
      first.complete("x");
      // The machine ran on this thread, inside complete(), up to its next pending await.
      assertEquals(List.of("start", "after first x"), log);
    });
    assertFalse(result.isDone());
    Thread two = runOnThread("completer-2", () -> second.complete("y"));
    assertEquals(List.of("start", "after first x", "after second y"), log);
    assertEquals(List.of(Thread.currentThread(), one, two), threads);
    assertEquals("xy", valueNow(result));
  }

  @Test
  void failingTheAwaitedStageAlsoResumesOnTheCompletingThread() {
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> result =
        StartTemplatesGen.steps(log, threads, first, new CompletableFuture<>());
    IllegalStateException boom = new IllegalStateException("boom");
    runOnThread("failer", () -> first.completeExceptionally(boom));
    assertSame(boom, Completions.failureNow(result));
    assertEquals(List.of("start"), log, "nothing after the failed await ran");
  }

  @Test
  void aHundredThousandAwaitsOfFuturesCompletedByAnotherThread() throws Exception {
    int n = 100_000;
    BlockingQueue<CompletableFuture<Integer>> handedOut = new LinkedBlockingQueue<>();
    CompletableFuture<Long> result = StartTemplatesGen.sumOfNext(n, () -> {
      CompletableFuture<Integer> next = new CompletableFuture<>();
      handedOut.add(next);
      return next;
    });
    assertFalse(result.isDone());
    runOnThread("completer", () -> {
      for (int i = 1; i <= n; i++) {
        CompletableFuture<Integer> next;
        try {
          next = handedOut.poll(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
        assertTrue(next != null, "the machine asked for no future " + i);
        // Resumes the machine here, which asks for the next future and suspends again.
        next.complete(i);
      }
    });
    assertEquals((long) n * (n + 1) / 2, valueNow(result));
    assertTrue(handedOut.isEmpty(), "one future per iteration");
  }

  @Test
  void aChainOfAHundredThousandGeneratedMethodsCompletedLaterByAnotherThread() {
    CompletableFuture<Integer> bottom = new CompletableFuture<>();
    CompletableFuture<Integer> top = StartTemplatesGen.chainTop(100_000, bottom, threads);
    assertFalse(top.isDone());
    Thread completer = runOnThread("bottom-completer", () -> bottom.complete(1));
    assertEquals(100_001, valueNow(top));
    assertEquals(List.of(completer), threads, "the top resumed on the completing thread");
  }

  @Test
  void aChainOfAHundredThousandGeneratedMethodsOverACompleteBottom() {
    // Starts nest only a bounded number of levels deep on this (default-stack) thread.
    CompletableFuture<Integer> top =
        StartTemplatesGen.chain(100_000, CompletableFuture.completedFuture(5));
    assertEquals(100_005, valueNow(top));
  }

  @Test
  void aChainOfAHundredThousandGeneratedMethodsFailingAtTheBottom() {
    CompletableFuture<Integer> bottom = new CompletableFuture<>();
    CompletableFuture<Integer> top = StartTemplatesGen.chain(100_000, bottom);
    IllegalArgumentException boom = new IllegalArgumentException("bottom");
    runOnThread("bottom-failer", () -> bottom.completeExceptionally(boom));
    assertSame(boom, Completions.failureNow(top), "the same exception at every level");
  }

  @Test
  void aChainOfAHundredThousandReturnedStages() {
    CompletableFuture<Integer> bottom = new CompletableFuture<>();
    CompletableFuture<Integer> top = StartTemplatesGen.relayChain(100_000, bottom)
        .toCompletableFuture();
    assertFalse(top.isDone());
    runOnThread("bottom-completer", () -> bottom.complete(9));
    assertEquals(9, valueNow(top));
  }
}
