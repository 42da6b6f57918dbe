package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.failureNow;
import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static dev.statecraft.tests.behaviour.async.Completions.storedFailure;
import static dev.statecraft.tests.behaviour.async.Completions.valueNow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * DESIGN.md, {@code @Async}: "Cancelling the returned future stops the machine: no template
 * code after the pending await runs except its finally blocks and resource closes (no catch
 * clause runs because of it), and the awaited stage is cancelled too when it is a
 * CompletableFuture. Completing the returned future from outside in any other way (complete,
 * completeExceptionally, orTimeout) stops the machine the same way. A suspended machine runs
 * those finally blocks on the cancelling thread, inside the cancel call; a running one stops at
 * its next await." AsyncMachine's javadoc: a finally's exception during the stop is added as
 * suppressed to the result's exception (for a value completed from outside, it goes to the
 * thread's uncaught exception handler). An await of an already-complete stage in a finally that
 * runs because of the stop gets that stage's value (docs/decisions.md, D14).
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CancellationTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @Test
  void cancelRunsThePendingFinallyBlocksOnTheCancellingThreadAndNoCatch() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.guarded(pending, log);
    assertEquals(List.of("start"), log);
    runOnThread("canceller", () -> {
      assertTrue(result.cancel(true));
      // inside the cancel call, on this thread, innermost first
      assertEquals(List.of("start", "inner finally on canceller", "outer finally on canceller"),
          log);
    });
    assertTrue(result.isCancelled());
    assertThrows(CancellationException.class, result::join);
    assertTrue(pending.isCancelled(), "the awaited CompletableFuture is cancelled too");
    assertEquals(List.of("start", "inner finally on canceller", "outer finally on canceller"),
        log);
  }

  @Test
  void nothingRunsWhenTheCancelledAwaitedStageIsCompletedAnyway() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.codeAfterTry(pending, log);
    result.cancel(false);
    assertEquals(List.of("finally"), log);
    pending.obtrudeValue("forced"); // even a forced value resumes nothing
    pending.complete("late");
    assertEquals(List.of("finally"), log);
    assertTrue(result.isCancelled());
  }

  @Test
  void cancellingTwiceOrAfterTheEndDoesNothing() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.codeAfterTry(pending, log);
    assertTrue(result.cancel(false));
    result.cancel(false);
    result.complete("too late");
    result.completeExceptionally(new IllegalStateException("too late"));
    assertTrue(result.isCancelled());
    assertEquals(List.of("finally"), log, "the finally ran once");

    log.clear();
    CompletableFuture<String> finished =
        CancelTemplatesGen.codeAfterTry(CompletableFuture.completedFuture("x"), log);
    assertEquals("end", valueNow(finished));
    assertFalse(finished.cancel(true));
    assertEquals(List.of("got x", "finally", "after try"), log);
  }

  @Test
  void cancelClosesPendingResourcesInReverseOrderBeforeTheFinally() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.withResources(pending, log);
    runOnThread("canceller", () -> result.cancel(false));
    assertEquals(List.of("open outer", "open inner", "close inner", "close outer",
        "finally on canceller"), log);
    assertTrue(pending.isCancelled());
  }

  @Test
  void cancelWhileSuspendedInACatchBlockRunsOnlyTheFinally() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.suspendedInCatch(
        CompletableFuture.failedFuture(new IllegalStateException("first")), pending, log);
    assertEquals(List.of("catch first"), log);
    result.cancel(false);
    assertEquals(List.of("catch first", "finally"), log);
    assertTrue(pending.isCancelled());
  }

  @Test
  void completeFromOutsideStopsTheMachineTheSameWay() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.guarded(pending, log);
    runOnThread("completer", () -> assertTrue(result.complete("outside")));
    assertEquals("outside", valueNow(result));
    assertTrue(pending.isCancelled());
    assertEquals(List.of("start", "inner finally on completer", "outer finally on completer"),
        log);
  }

  @Test
  void completeExceptionallyFromOutsideStopsTheMachineTheSameWay() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.guarded(pending, log);
    IllegalStateException outside = new IllegalStateException("outside");
    runOnThread("failer", () -> assertTrue(result.completeExceptionally(outside)));
    assertSame(outside, failureNow(result));
    assertTrue(pending.isCancelled());
    assertEquals(List.of("start", "inner finally on failer", "outer finally on failer"), log);
  }

  @Test
  void completeAsyncFromOutsideStopsTheMachineTheSameWay() {
    // completeAsync completes the result without calling the overridden complete().
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.guarded(pending, log);
    result.completeAsync(() -> "outside", Runnable::run);
    assertEquals("outside", result.join());
    assertTrue(pending.isCancelled(), "the awaited future is cancelled");
    assertEquals(List.of("start", "inner finally on " + Thread.currentThread().getName(),
        "outer finally on " + Thread.currentThread().getName()), log);
  }

  @Test
  void orTimeoutStopsTheMachineTheSameWay() throws Exception {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CountDownLatch stopped = new CountDownLatch(1);
    CompletableFuture<String> result = CancelTemplatesGen.guarded(pending, log);
    pending.whenComplete((v, t) -> stopped.countDown());
    result.orTimeout(50, TimeUnit.MILLISECONDS);
    assertTrue(stopped.await(10, TimeUnit.SECONDS), "the awaited future was not cancelled");
    assertInstanceOf(TimeoutException.class, failureNow(result));
    assertTrue(pending.isCancelled());
    // the finally blocks ran inside the timeout's completeExceptionally, before the awaited
    // future was cancelled... or right after it: wait for both entries
    for (int i = 0; i < 1000 && log.size() < 3; i++) {
      Thread.sleep(10);
    }
    assertEquals(3, log.size(), () -> "" + log);
    assertEquals("start", log.get(0));
    assertTrue(log.get(1).startsWith("inner finally on "), log.get(1));
    assertTrue(log.get(2).startsWith("outer finally on "), log.get(2));
    assertFalse(log.get(1).endsWith(Thread.currentThread().getName()), "not on the test thread");
  }

  @Test
  void completeOnTimeoutStopsTheMachineTheSameWay() throws Exception {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.codeAfterTry(pending, log);
    result.completeOnTimeout("fallback", 50, TimeUnit.MILLISECONDS);
    assertEquals("fallback", Completions.valueWithin(result));
    for (int i = 0; i < 1000 && log.isEmpty(); i++) {
      Thread.sleep(10);
    }
    assertEquals(List.of("finally"), log);
  }

  @Test
  void aFinallyThrowingDuringCancellationIsSuppressedIntoTheCancellationException() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    IllegalStateException inner = new IllegalStateException("inner finally");
    CompletableFuture<String> result = CancelTemplatesGen.finallyThrows(pending, inner, log);
    assertTrue(result.cancel(false));
    assertEquals(List.of("inner finally", "outer finally"), log, "the outer finally still runs");
    Throwable cancelled = storedFailure(result);
    assertInstanceOf(CancellationException.class, cancelled, "the result stays cancelled");
    // on the stored exception, as whenComplete sees it (on JDK 25 join() throws a fresh copy)
    assertArrayEquals(new Throwable[] {inner}, cancelled.getSuppressed());
  }

  @Test
  void twoFinallysThrowingDuringCancellationAreBothSuppressed() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    IllegalStateException first = new IllegalStateException("first");
    IllegalStateException second = new IllegalStateException("second");
    CompletableFuture<String> result =
        CancelTemplatesGen.twoFinallysThrow(pending, first, second, log);
    result.cancel(false);
    assertEquals(List.of("inner finally", "outer finally"), log);
    Throwable cancelled = storedFailure(result);
    assertInstanceOf(CancellationException.class, cancelled);
    List<Throwable> reported = new ArrayList<>();
    for (Throwable suppressed : cancelled.getSuppressed()) {
      reported.add(suppressed);
      reported.addAll(List.of(suppressed.getSuppressed()));
    }
    assertTrue(reported.contains(first), () -> "first missing from " + reported);
    assertTrue(reported.contains(second), () -> "second missing from " + reported);
  }

  @Test
  void aFinallyThrowingAfterCompleteExceptionallyIsSuppressedIntoThatException() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    IllegalStateException inner = new IllegalStateException("inner finally");
    CompletableFuture<String> result = CancelTemplatesGen.finallyThrows(pending, inner, log);
    IllegalArgumentException outside = new IllegalArgumentException("outside");
    result.completeExceptionally(outside);
    assertSame(outside, failureNow(result));
    assertArrayEquals(new Throwable[] {inner}, outside.getSuppressed());
    assertEquals(List.of("inner finally", "outer finally"), log);
  }

  @Test
  void aFinallyThrowingAfterAnOutsideValueGoesToTheUncaughtExceptionHandler() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    IllegalStateException inner = new IllegalStateException("inner finally");
    CompletableFuture<String> result = CancelTemplatesGen.finallyThrows(pending, inner, log);
    List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    runOnThread("completer", () -> {
      Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
      result.complete("outside");
    });
    assertEquals("outside", valueNow(result));
    assertEquals(List.of(inner), uncaught);
    assertEquals(List.of("inner finally", "outer finally"), log);
  }

  @Test
  void cancellingTheOuterMachineCancelsTheAwaitedInnerOne() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.outer(pending, log);
    result.cancel(false);
    assertEquals(List.of("finally", "outer finally"), log, "inner finally, then outer");
    assertTrue(pending.isCancelled(), "the inner machine's awaited future is cancelled");
    pending.complete("late");
    assertEquals(List.of("finally", "outer finally"), log);
  }

  @Test
  void aRunningMachineStopsAtItsNextAwait() {
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> second = new CompletableFuture<>();
    AtomicReference<CompletableFuture<String>> self = new AtomicReference<>();
    CompletableFuture<String> result = CancelTemplatesGen.cancelsItself(first, self, second, log);
    self.set(result);
    runOnThread("completer", () -> first.complete("a"));
    assertEquals(List.of("first a", "still running", "finally"), log);
    assertTrue(result.isCancelled());
    second.complete("b");
    assertEquals(List.of("first a", "still running", "finally"), log);
  }

  @Test
  void aRunningMachineWithoutAFurtherAwaitRunsToTheEndButCannotChangeTheResult() {
    CompletableFuture<String> first = new CompletableFuture<>();
    AtomicReference<CompletableFuture<String>> self = new AtomicReference<>();
    CompletableFuture<String> result = CancelTemplatesGen.runsToTheEnd(first, self, log);
    self.set(result);
    runOnThread("completer", () -> first.complete("a"));
    assertEquals("from outside", valueNow(result));
    assertEquals(List.of("first a", "still running"), log);
  }

  @Test
  void cancellingACompletionStageResultThroughToCompletableFuture() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletionStage<String> result = CancelTemplatesGen.stageTyped(pending, log);
    runOnThread("canceller", () -> result.toCompletableFuture().cancel(false));
    assertEquals(List.of("finally on canceller"), log);
    assertTrue(pending.isCancelled());
  }

  @Test
  void cancellingWhileAwaitingAForeignStageStillRunsTheFinally() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> result =
        CancelTemplatesGen.foreignStage(ForeignStage.over(source), log);
    assertFalse(result.isDone());
    result.cancel(false);
    assertEquals(List.of("finally"), log);
    source.complete("late");
    assertEquals(List.of("finally"), log);
    assertTrue(result.isCancelled());
  }

  @Test
  void cancellingADependentStageDoesNotStopTheMachine() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.codeAfterTry(pending, log);
    CompletableFuture<String> dependent = result.thenApply(s -> s + "!");
    dependent.cancel(false);
    assertEquals(List.of(), log);
    pending.complete("x");
    assertEquals("end", valueNow(result));
    assertEquals(List.of("got x", "finally", "after try"), log);
  }

  @Test
  void cancelWhileSuspendedInAFinallyRunsTheRestOfItAndTheOuterOne() {
    CompletableFuture<String> cleanup = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.awaitInFinally(
        CompletableFuture.completedFuture("b"), cleanup, log);
    assertEquals(List.of("body b", "inner finally start"), log);
    result.cancel(false);
    assertTrue(cleanup.isCancelled(), "the pending await's future is cancelled");
    assertThrows(CancellationException.class, result::join);
    assertArrayEquals(new Throwable[0], storedFailure(result).getSuppressed(),
        "nothing the template ran threw");
    assertEquals(List.of("body b", "inner finally start", "inner finally end", "outer finally"),
        log);
  }

  @Test
  void aFinallyAwaitingACompleteStageDuringCancellationGetsItsValueAndRunsToTheEnd() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.finallyAwaits(pending,
        CompletableFuture.completedFuture("c"), log);
    assertEquals(List.of(), log);
    runOnThread("canceller", () -> result.cancel(false));
    assertEquals(List.of("inner finally start", "cleanup c", "inner finally end",
        "outer finally"), log);
  }
}
