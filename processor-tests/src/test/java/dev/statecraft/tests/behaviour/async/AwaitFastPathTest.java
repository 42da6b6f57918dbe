package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.failureNow;
import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static dev.statecraft.tests.behaviour.async.Completions.valueNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The await fast path (issue 5, {@code AsyncMachine.awaitNow}): an awaited value goes on in a
 * Java local when the stage is complete and through the callback's fields after a suspension;
 * the results must be the same either way, and the same as Java's.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AwaitFastPathTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void localsAssignedRightOfTheirReadKeepJavasValue(boolean later) {
    CompletableFuture<Integer> f = later ? new CompletableFuture<>()
        : CompletableFuture.completedFuture(4);
    CompletableFuture<String> result = FastPathTemplatesGen.assignedRightOfTheRead(f);
    if (later) {
      assertFalse(result.isDone());
      runOnThread("completer", () -> f.complete(4));
    }
    // x = 3 + 4; z = 5 + 4 (then y = 6); pair(6, 4) (then y = 100); w = (1 + 4) * 10 + 4.
    assertEquals("7,9,100,6/4,54", valueNow(result));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void templateLocalsMayHaveTheNamesOfTheMachine(boolean later) {
    CompletableFuture<Integer> f = later ? new CompletableFuture<>()
        : CompletableFuture.completedFuture(1);
    CompletableFuture<Integer> result = FastPathTemplatesGen.namesOfTheMachine(f);
    if (later) {
      runOnThread("completer", () -> f.complete(1));
    }
    assertEquals(234, valueNow(result));
  }

  @Test
  void aResumedAwaitThenACompleteOneInTheSameExpression() {
    CompletableFuture<String> a = new CompletableFuture<>();
    CompletableFuture<String> result =
        FastPathTemplatesGen.twoInOneExpression(a, CompletableFuture.completedFuture("b"));
    runOnThread("completer", () -> a.complete("a"));
    assertEquals("a+b", valueNow(result));
  }

  @Test
  void aCompleteAwaitThenAResumedOneInTheSameExpression() {
    CompletableFuture<String> b = new CompletableFuture<>();
    CompletableFuture<String> result =
        FastPathTemplatesGen.twoInOneExpression(CompletableFuture.completedFuture("a"), b);
    runOnThread("completer", () -> b.complete("b"));
    assertEquals("a+b", valueNow(result));
  }

  @Test
  void bothAwaitsComplete() {
    assertEquals("a+b", valueNow(FastPathTemplatesGen.twoInOneExpression(
        CompletableFuture.completedFuture("a"), CompletableFuture.completedFuture("b"))));
  }

  @Test
  void aCompleteFailedStageThrowsAtTheAwaitInsideItsTry() {
    CompletableFuture<String> result = FastPathTemplatesGen.awaitAsStatement(
        CompletableFuture.failedFuture(new IllegalStateException("now")), log);
    assertEquals("caught now", valueNow(result));
    assertEquals(List.of(), log);
  }

  @Test
  void aStageFailedLaterThrowsAtTheAwaitStatementInsideItsTry() {
    CompletableFuture<Integer> f = new CompletableFuture<>();
    CompletableFuture<String> result = FastPathTemplatesGen.awaitAsStatement(f, log);
    runOnThread("failer", () -> f.completeExceptionally(new IllegalStateException("later")));
    assertEquals("caught later", valueNow(result));
    assertEquals(List.of(), log);
  }

  @Test
  void aFailureWrappedInCompletionExceptionsIsUnwrappedOnTheFastPath() {
    IllegalStateException cause = new IllegalStateException("deep");
    CompletableFuture<Integer> f = new CompletableFuture<>();
    f.completeExceptionally(new java.util.concurrent.CompletionException(
        new java.util.concurrent.CompletionException(cause)));
    assertEquals("caught deep", valueNow(FastPathTemplatesGen.awaitAsStatement(f, log)));
  }

  @Test
  void aCancelledCompleteStageThrowsItsCancellation() {
    CompletableFuture<Integer> f = new CompletableFuture<>();
    f.cancel(false);
    assertEquals("caught cancellation",
        valueNow(FastPathTemplatesGen.awaitAsStatement(f, log)));
  }

  @Test
  void aCompleteGeneratedResultIsAwaitedAtOnceAndALaterOneAfterItsCallback() {
    assertEquals(9, valueNow(FastPathTemplatesGen.outer(CompletableFuture.completedFuture(4))));
    CompletableFuture<Integer> f = new CompletableFuture<>();
    CompletableFuture<Integer> result = FastPathTemplatesGen.outer(f);
    assertFalse(result.isDone());
    runOnThread("completer", () -> f.complete(4));
    assertEquals(9, valueNow(result));
  }

  @Test
  void aRunningMachineCancelledFromInsideStopsAtACompleteAwait() {
    CompletableFuture<String> first = new CompletableFuture<>();
    AtomicReference<CompletableFuture<String>> self = new AtomicReference<>();
    CompletableFuture<String> result = FastPathTemplatesGen.cancelsItselfThenAwaitsACompleteStage(
        self, first, CompletableFuture.completedFuture("b"), log);
    self.set(result);
    runOnThread("completer", () -> first.complete("a"));
    assertEquals(List.of("first a", "finally"), log);
    assertTrue(result.isCancelled());
  }

  @Test
  void aFailedAwaitOnTheFastPathFailsTheResultWithTheSameException() {
    IllegalStateException boom = new IllegalStateException("boom");
    CompletableFuture<Integer> result =
        FastPathTemplatesGen.inner(CompletableFuture.failedFuture(boom));
    assertSame(boom, failureNow(result));
  }
}
