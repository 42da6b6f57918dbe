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

  /** A future already completed with {@code value}, or one completed later by {@link #later}. */
  private final List<Runnable> pending = new ArrayList<>();

  private CompletableFuture<String> value(boolean now, String value) {
    if (now) {
      return CompletableFuture.completedFuture(value);
    }
    CompletableFuture<String> future = new CompletableFuture<>();
    pending.add(() -> future.complete(value));
    return future;
  }

  private <T> CompletableFuture<T> failure(boolean now, Throwable failure) {
    if (now) {
      return CompletableFuture.failedFuture(failure);
    }
    CompletableFuture<T> future = new CompletableFuture<>();
    pending.add(() -> future.completeExceptionally(failure));
    return future;
  }

  /** Completes the pending futures one by one, in creation order, each from a new thread. */
  private void later() {
    for (Runnable completion : pending) {
      runOnThread("completer", completion);
    }
    pending.clear();
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void designExampleTotal(boolean now) {
    List<CompletableFuture<Integer>> parts = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      if (i == 3) {
        parts.add(failure(now, new IllegalStateException("three")));
      } else {
        CompletableFuture<Integer> part = new CompletableFuture<>();
        int value = i * 10;
        if (now) {
          part.complete(value);
        } else {
          pending.add(() -> part.complete(value));
        }
        parts.add(part);
      }
    }
    CompletableFuture<Integer> result = TryTemplatesGen.total(parts, log);
    later();
    assertEquals(10 + 20 - 1 + 40, valueNow(result));
    assertEquals(List.of("finally 10", "finally 30", "caught three", "finally 29", "finally 69"),
        log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void awaitsInTryAndFinallyWhenNothingFails(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.everywhere(value(now, "t"),
        new CompletableFuture<>(), value(now, "f"), log);
    later();
    assertEquals("try:t finally:f", valueNow(result));
    assertEquals(List.of("try done", "finally", "finally done"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void awaitsInTryCatchAndFinallyWhenTheTryFails(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.everywhere(
        failure(now, new IllegalStateException("bad")), value(now, "c"), value(now, "f"), log);
    later();
    assertEquals("catch:c finally:f", valueNow(result));
    assertEquals(List.of("catch bad", "catch done", "finally", "finally done"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aFailingAwaitInTheCatchRunsTheFinallyAndFailsTheResult(boolean now) {
    IllegalArgumentException second = new IllegalArgumentException("in catch");
    CompletableFuture<String> result = TryTemplatesGen.everywhere(
        failure(now, new IllegalStateException("bad")), failure(now, second), value(now, "f"),
        log);
    later();
    assertSame(second, failureNow(result));
    assertEquals(List.of("catch bad", "finally", "finally done"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aFailingAwaitInTheFinallyFailsTheResult(boolean now) {
    IllegalArgumentException inFinally = new IllegalArgumentException("in finally");
    CompletableFuture<String> result = TryTemplatesGen.everywhere(value(now, "t"),
        new CompletableFuture<>(), failure(now, inFinally), log);
    later();
    assertSame(inFinally, failureNow(result));
    assertEquals(List.of("try done", "finally"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aReturnIsKeptAcrossAnAwaitInTheFinally(boolean now) {
    CompletableFuture<String> result =
        TryTemplatesGen.returnAcrossFinallyAwait(value(now, "v"), value(now, "c"), log);
    later();
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
        TryTemplatesGen.exceptionAcrossFinallyAwait(boom, value(now, "c"), log);
    if (!now) {
      assertFalse(result.isDone());
    }
    later();
    assertSame(boom, failureNow(result));
    assertEquals(List.of("try", "cleanup c"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anAwaitedFailureIsKeptAcrossAnAwaitInTheFinally(boolean now) {
    IllegalStateException boom = new IllegalStateException("awaited");
    CompletableFuture<String> result = TryTemplatesGen.awaitedFailureAcrossFinallyAwait(
        failure(now, boom), value(now, "c"), log);
    later();
    assertSame(boom, failureNow(result));
    assertEquals(List.of("cleanup c"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anExceptionFromTheFinallyReplacesThePendingOne(boolean now) {
    IllegalArgumentException replacement = new IllegalArgumentException("replacement");
    CompletableFuture<String> result = TryTemplatesGen.finallyThrowsAfterAwait(
        failure(now, new IllegalStateException("replaced")), value(now, "c"), replacement);
    later();
    assertSame(replacement, failureNow(result));
    assertEquals(0, replacement.getSuppressed().length, "Java does not suppress here");
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aReturnFromTheFinallyReplacesThePendingException(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.finallyReturnsAfterAwait(
        failure(now, new IllegalStateException("dropped")), value(now, "c"));
    later();
    assertEquals("finally c", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void nestedTriesRunInnerFinallyThenOuterCatchThenOuterFinally(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.nested(
        failure(now, new IllegalStateException("inner")), value(now, "c"), log);
    later();
    assertEquals("caught", valueNow(result));
    assertEquals(List.of("inner finally c", "outer catch inner", "outer finally"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void nestedTriesWithoutFailure(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.nested(value(now, "i"), value(now, "c"),
        log);
    later();
    assertEquals("normal", valueNow(result));
    assertEquals(List.of("inner i", "inner finally c", "outer finally"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void multiCatchSelectsTheRightClause(boolean now) {
    CompletableFuture<String> a = TryTemplatesGen.multiCatch(
        failure(now, new IllegalArgumentException("arg")));
    CompletableFuture<String> b = TryTemplatesGen.multiCatch(
        failure(now, new UnsupportedOperationException("op")));
    later();
    assertEquals("multi arg", valueNow(a));
    assertEquals("runtime op", valueNow(b));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void retriesInALoop(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.retry(List.of(
        failure(now, new IllegalStateException("1")), failure(now, new IllegalStateException("2")),
        value(now, "third"), value(now, "unused")), log);
    later();
    assertEquals("third", valueNow(result));
    assertEquals(List.of("attempt 0 failed", "attempt 1 failed", "attempt 2 ok"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void resourcesAreClosedInReverseOrderAfterTheBodyAndBeforeTheFinally(boolean now) {
    CompletableFuture<String> result =
        TryTemplatesGen.resources(value(now, "b"), value(now, "x"), log);
    later();
    assertEquals("ab", valueNow(result));
    assertEquals(List.of("open a", "open b", "body x", "close b", "close a", "finally"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void resourcesAreClosedWhenTheAwaitedBodyFails(boolean now) {
    IllegalStateException boom = new IllegalStateException("body");
    CompletableFuture<String> result =
        TryTemplatesGen.resources(value(now, "b"), failure(now, boom), log);
    later();
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
        TryTemplatesGen.resourcesFailing(failure(now, body), closeA, closeB, log, caught);
    later();
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
        TryTemplatesGen.resourcesFailing(value(now, "ok"), closeA, closeB, log, caught);
    later();
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
        TryTemplatesGen.existingResource(res, value(now, "x"), log);
    later();
    assertEquals("closed 1", valueNow(result));
    assertEquals(List.of("open r", "body x", "close r"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aFailingResourceInitialiserClosesOnlyTheResourcesOpenedBefore(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.resourceInitFails(
        failure(now, new IllegalStateException("no name")), log);
    later();
    assertEquals("done", valueNow(result));
    assertEquals(List.of("open first", "close first", "catch no name"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aNullResourceIsNotClosed(boolean now) {
    CompletableFuture<String> result = TryTemplatesGen.nullResource(value(now, "x"), log);
    later();
    assertEquals("done", valueNow(result));
    assertEquals(List.of("body x null"), log);
  }
}
