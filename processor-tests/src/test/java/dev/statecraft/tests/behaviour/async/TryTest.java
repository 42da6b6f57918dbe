package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.failureNow;
import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static dev.statecraft.tests.behaviour.async.Completions.valueNow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Awaits inside {@code try}, {@code catch} and {@code finally} and try-with-resources, with
 * stages complete before the await ({@code now = true}) and completed later by another thread.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TryTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final List<Throwable> caught = Collections.synchronizedList(new ArrayList<>());

  /** Awaited futures, complete at once ({@code now}) or completed later from other threads. */
  private final PendingFutures futures = new PendingFutures();

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void designExampleTotal(boolean now) {
    List<CompletableFuture<Integer>> parts = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      if (i == 3) {
        parts.add(futures.failure(now, new IllegalStateException("three")));
      } else {
        parts.add(futures.value(now, i * 10));
      }
    }
    CompletableFuture<Integer> result = TryTemplatesGen.total(parts, log);
    futures.completeAll();
    assertEquals(10 + 20 - 1 + 40, valueNow(result));
    assertEquals(List.of("finally 10", "finally 30", "caught three", "finally 29", "finally 69"),
        log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void awaitsInTryAndFinallyWhenNothingFails(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.everywhere(futures.value(now, "t"),
        new CompletableFuture<>(), futures.value(now, "f"), log);
    futures.completeAll();
    assertEquals("try:t finally:f", valueNow(result));
    assertEquals(List.of("try done", "finally", "finally done"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void awaitsInTryCatchAndFinallyWhenTheTryFails(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.everywhere(
        futures.failure(now, new IllegalStateException("bad")), futures.value(now, "c"),
            futures.value(now, "f"), log);
    futures.completeAll();
    assertEquals("catch:c finally:f", valueNow(result));
    assertEquals(List.of("catch bad", "catch done", "finally", "finally done"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aFailingAwaitInTheCatchRunsTheFinallyAndFailsTheResult(boolean now) {
    IllegalArgumentException second = new IllegalArgumentException("in catch");
    CompletableFuture<String> result = TryTemplatesGen.everywhere(
        futures.failure(now, new IllegalStateException("bad")), futures.failure(now, second),
            futures.value(now, "f"),
        log);
    futures.completeAll();
    assertSame(second, failureNow(result));
    assertEquals(List.of("catch bad", "finally", "finally done"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aFailingAwaitInTheFinallyFailsTheResult(boolean now) {
    IllegalArgumentException inFinally = new IllegalArgumentException("in finally");
    CompletableFuture<String> result = TryTemplatesGen.everywhere(futures.value(now, "t"),
        new CompletableFuture<>(), futures.failure(now, inFinally), log);
    futures.completeAll();
    assertSame(inFinally, failureNow(result));
    assertEquals(List.of("try done", "finally"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aReturnIsKeptAcrossAnAwaitInTheFinally(boolean now) {
    CompletableFuture<String> result =
        TryTemplatesGen.returnAcrossFinallyAwait(futures.value(now, "v"), futures.value(now, "c"),
            log);
    futures.completeAll();
    assertEquals("returned v", valueNow(result));
    assertEquals(List.of("cleanup c"), log);
  }

  @Test
  void theResultWaitsForTheFinallyAfterTheReturn() {
    CompletableFuture<String> cleanup = new CompletableFuture<>();
    CompletableFuture<String> result = TryTemplatesGen.returnAcrossFinallyAwait(
        CompletableFuture.completedFuture("v"), cleanup, log);
    assertFalse(result.isDone(), "the return waits for its finally");
    runOnThread("cleanup", () -> cleanup.complete("c"));
    assertEquals("returned v", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aThrownExceptionIsKeptAcrossAnAwaitInTheFinally(boolean now) {
    IllegalStateException boom = new IllegalStateException("kept");
    CompletableFuture<String> result =
        TryTemplatesGen.exceptionAcrossFinallyAwait(boom, futures.value(now, "c"), log);
    if (!now) {
      assertFalse(result.isDone());
    }
    futures.completeAll();
    assertSame(boom, failureNow(result));
    assertEquals(List.of("try", "cleanup c"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anAwaitedFailureIsKeptAcrossAnAwaitInTheFinally(boolean now) {
    IllegalStateException boom = new IllegalStateException("awaited");
    CompletableFuture<String> result = TryTemplatesGen.awaitedFailureAcrossFinallyAwait(
        futures.failure(now, boom), futures.value(now, "c"), log);
    futures.completeAll();
    assertSame(boom, failureNow(result));
    assertEquals(List.of("cleanup c"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anExceptionFromTheFinallyReplacesThePendingOne(boolean now) {
    IllegalArgumentException replacement = new IllegalArgumentException("replacement");
    CompletableFuture<String> result = TryTemplatesGen.finallyThrowsAfterAwait(
        futures.failure(now, new IllegalStateException("replaced")), futures.value(now, "c"),
            replacement);
    futures.completeAll();
    assertSame(replacement, failureNow(result));
    assertEquals(0, replacement.getSuppressed().length, "Java does not suppress here");
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aReturnFromTheFinallyReplacesThePendingException(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.finallyReturnsAfterAwait(
        futures.failure(now, new IllegalStateException("dropped")), futures.value(now, "c"));
    futures.completeAll();
    assertEquals("finally c", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void nestedTriesRunInnerFinallyThenOuterCatchThenOuterFinally(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.nested(
        futures.failure(now, new IllegalStateException("inner")), futures.value(now, "c"), log);
    futures.completeAll();
    assertEquals("caught", valueNow(result));
    assertEquals(List.of("inner finally c", "outer catch inner", "outer finally"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void nestedTriesWithoutFailure(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.nested(futures.value(now, "i"),
        futures.value(now, "c"),
        log);
    futures.completeAll();
    assertEquals("normal", valueNow(result));
    assertEquals(List.of("inner i", "inner finally c", "outer finally"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void multiCatchSelectsTheRightClause(boolean now) {
    CompletableFuture<String> a = TryTemplatesGen.multiCatch(
        futures.failure(now, new IllegalArgumentException("arg")));
    CompletableFuture<String> b = TryTemplatesGen.multiCatch(
        futures.failure(now, new UnsupportedOperationException("op")));
    futures.completeAll();
    assertEquals("multi arg", valueNow(a));
    assertEquals("runtime op", valueNow(b));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void retriesInALoop(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.retry(List.of(
        futures.failure(now, new IllegalStateException("1")), futures.failure(now,
            new IllegalStateException("2")),
        futures.value(now, "third"), futures.value(now, "unused")), log);
    futures.completeAll();
    assertEquals("third", valueNow(result));
    assertEquals(List.of("attempt 0 failed", "attempt 1 failed", "attempt 2 ok"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void resourcesAreClosedInReverseOrderAfterTheBodyAndBeforeTheFinally(boolean now) {
    CompletableFuture<String> result =
        TryTemplatesGen.resources(futures.value(now, "b"), futures.value(now, "x"), log);
    futures.completeAll();
    assertEquals("ab", valueNow(result));
    assertEquals(List.of("open a", "open b", "body x", "close b", "close a", "finally"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void resourcesAreClosedWhenTheAwaitedBodyFails(boolean now) {
    IllegalStateException boom = new IllegalStateException("body");
    CompletableFuture<String> result =
        TryTemplatesGen.resources(futures.value(now, "b"), futures.failure(now, boom), log);
    futures.completeAll();
    assertSame(boom, failureNow(result));
    assertEquals(List.of("open a", "open b", "close b", "close a", "finally"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void closeFailuresAreSuppressedIntoTheBodyFailure(boolean now) {
    IllegalStateException body = new IllegalStateException("body");
    IllegalStateException closeA = new IllegalStateException("close a");
    IllegalStateException closeB = new IllegalStateException("close b");
    CompletableFuture<String> result =
        TryTemplatesGen.resourcesFailing(futures.failure(now, body), closeA, closeB, log, caught);
    futures.completeAll();
    assertEquals("done", valueNow(result));
    assertEquals(List.of(body), caught);
    assertArrayEquals(new Throwable[] {closeB, closeA}, body.getSuppressed());
    assertEquals(List.of("open a", "open b", "close b", "close a", "catch body"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void theFirstCloseFailureIsPrimaryWhenTheBodySucceeds(boolean now) {
    IllegalStateException closeA = new IllegalStateException("close a");
    IllegalStateException closeB = new IllegalStateException("close b");
    CompletableFuture<String> result =
        TryTemplatesGen.resourcesFailing(futures.value(now, "ok"), closeA, closeB, log, caught);
    futures.completeAll();
    assertEquals("done", valueNow(result));
    assertEquals(List.of(closeB), caught);
    assertArrayEquals(new Throwable[] {closeA}, closeB.getSuppressed());
    assertEquals(List.of("open a", "open b", "body ok", "close b", "close a", "catch close b"),
        log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anExistingResourceIsClosedOnce(boolean now) {
    Res res = new Res("r", log);
    CompletableFuture<String> result =
        TryTemplatesGen.existingResource(res, futures.value(now, "x"), log);
    futures.completeAll();
    assertEquals("closed 1", valueNow(result));
    assertEquals(List.of("open r", "body x", "close r"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aFailingResourceInitialiserClosesOnlyTheResourcesOpenedBefore(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.resourceInitFails(
        futures.failure(now, new IllegalStateException("no name")), log);
    futures.completeAll();
    assertEquals("done", valueNow(result));
    assertEquals(List.of("open first", "close first", "catch no name"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aNullResourceIsNotClosed(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.nullResource(futures.value(now, "x"), log);
    futures.completeAll();
    assertEquals("done", valueNow(result));
    assertEquals(List.of("body x null"), log);
  }
}
