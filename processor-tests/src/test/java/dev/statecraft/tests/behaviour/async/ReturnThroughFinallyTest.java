package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.failureNow;
import static dev.statecraft.tests.behaviour.async.Completions.valueNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code return} inside a try with a finally or resources that do not await (finding 13 of the
 * differential test): the result completes after the finally blocks and closes, which may still
 * throw or return instead. With {@code now = false} the awaited values complete later, from
 * another thread, so the return runs on the resumed path; the test then logs "completed" when
 * the result completes, which must come after every finally and close.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReturnThroughFinallyTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final PendingFutures futures = new PendingFutures();

  /** Logs the result's completion, then completes the pending futures from other threads. */
  private void later(CompletableFuture<?> result) {
    result.whenComplete((value, failure) -> log.add("completed"));
    futures.completeAll();
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aReturnedValueCompletesAfterTheFinally(boolean now) {
    CompletableFuture<Integer> result = ReturnFinallyTemplatesGen.plain(futures.value(now, 7), log);
    later(result);
    assertEquals(7, valueNow(result));
    assertEquals(List.of("finally", "completed"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aReturnedStageIsFlattenedAfterTheFinally(boolean now) {
    CompletableFuture<Integer> returned = futures.value(now, 30);
    CompletableFuture<Integer> result =
        ReturnFinallyTemplatesGen.stage(futures.value(now, 4), returned, log);
    later(result);
    assertEquals(34, valueNow(result));
    assertEquals(List.of("finally", "completed"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aReturnInALoopCompletesAfterThatIterationsFinally(boolean now) {
    CompletableFuture<Integer> result = ReturnFinallyTemplatesGen.inLoop(futures.value(now, 2),
        log);
    later(result);
    assertEquals(20, valueNow(result));
    assertEquals(List.of("finally 0", "finally 1", "finally 2", "completed"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aReturnCompletesAfterTheInnerAndTheOuterFinally(boolean now) {
    CompletableFuture<String> result = ReturnFinallyTemplatesGen.nested(futures.value(now, 1), log);
    later(result);
    assertEquals("inner 1", valueNow(result));
    assertEquals(List.of("inner", "outer", "completed"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aReturnCompletesAfterAFinallyThatAwaits(boolean now) {
    CompletableFuture<Integer> result =
        ReturnFinallyTemplatesGen.finallyAwaits(futures.value(now, 3), futures.value(now, "c"),
            log);
    later(result);
    assertEquals(3, valueNow(result));
    assertEquals(List.of("finally c", "completed"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anExceptionOfTheFinallyWinsOverTheReturn(boolean now) {
    IllegalStateException boom = new IllegalStateException("from finally");
    CompletableFuture<Integer> result =
        ReturnFinallyTemplatesGen.finallyThrows(futures.value(now, 3), boom, log);
    later(result);
    assertSame(boom, failureNow(result));
    assertEquals(List.of("finally", "completed"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aFinallyThatCompletesNormallyKeepsTheReturn(boolean now) {
    CompletableFuture<Integer> result =
        ReturnFinallyTemplatesGen.finallyThrows(futures.value(now, 3), null, log);
    later(result);
    assertEquals(3, valueNow(result));
    assertEquals(List.of("finally", "completed"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aReturnOfTheFinallyWinsOverTheFirstReturn(boolean now) {
    CompletableFuture<Integer> replaced =
        ReturnFinallyTemplatesGen.finallyReturns(futures.value(now, 3), true, log);
    later(replaced);
    assertEquals(-3, valueNow(replaced));
    log.clear();
    CompletableFuture<Integer> kept =
        ReturnFinallyTemplatesGen.finallyReturns(futures.value(now, 3), false, log);
    later(kept);
    assertEquals(3, valueNow(kept));
    assertEquals(List.of("finally", "completed"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void resourcesAreClosedBeforeTheResultCompletes(boolean now) {
    CompletableFuture<Integer> result = ReturnFinallyTemplatesGen.resources(futures.value(now, 5),
        log);
    later(result);
    assertEquals(5, valueNow(result));
    assertEquals(List.of("open a", "open b", "close b", "close a", "completed"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aCloseFailureWinsOverTheReturn(boolean now) {
    IllegalStateException closeFailure = new IllegalStateException("close");
    CompletableFuture<Integer> result =
        ReturnFinallyTemplatesGen.failingClose(futures.value(now, 5), closeFailure, log);
    later(result);
    assertSame(closeFailure, failureNow(result));
    assertEquals(List.of("open a", "close a", "completed"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aCatchAroundTheFinallyCatchesItsExceptionAndTheBodyGoesOn(boolean now) {
    CompletableFuture<String> result = ReturnFinallyTemplatesGen.caughtFromFinally(
        futures.value(now, 1), futures.value(now, "n"), new IllegalStateException("thrown"), log);
    later(result);
    assertEquals("after n", valueNow(result));
    assertEquals(List.of("caught thrown", "completed"), log);
    log.clear();
    CompletableFuture<String> returned = ReturnFinallyTemplatesGen.caughtFromFinally(
        futures.value(now, 1), futures.value(now, "n"), null, log);
    later(returned);
    assertEquals("returned 1", valueNow(returned));
    assertEquals(List.of("completed"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anExceptionOfAJavaFinallyRunsTheLoweredFinallyAroundIt(boolean now) {
    IllegalStateException boom = new IllegalStateException("inner");
    CompletableFuture<Integer> result = ReturnFinallyTemplatesGen.underLoweredFinally(
        futures.value(now, 1), futures.value(now, "c"), boom, log);
    later(result);
    assertSame(boom, failureNow(result));
    assertEquals(List.of("inner finally", "outer finally c", "completed"), log);
    log.clear();
    CompletableFuture<Integer> returned = ReturnFinallyTemplatesGen.underLoweredFinally(
        futures.value(now, 1), futures.value(now, "c"), null, log);
    later(returned);
    assertEquals(1, valueNow(returned));
    assertEquals(List.of("inner finally", "outer finally c", "completed"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aFailedAwaitBeforeTheTryFailsTheResultWithoutRunningTheFinally(boolean now) {
    IllegalArgumentException bad = new IllegalArgumentException("bad");
    CompletableFuture<Integer> result = ReturnFinallyTemplatesGen.plain(futures.failure(now, bad),
        log);
    later(result);
    assertSame(bad, failureNow(result));
    assertEquals(List.of("completed"), log);
  }
}
