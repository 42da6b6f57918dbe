package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.failureNow;
import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static dev.statecraft.tests.behaviour.async.Completions.storedFailure;
import static dev.statecraft.tests.behaviour.async.Completions.valueNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DESIGN.md, {@code @Async}: "await of a failed stage throws the original exception at the
 * await (unwrapping every CompletionException / ExecutionException layer that has a cause) ...
 * await(null) throws NullPointerException at the await" and the forms of {@code return}:
 * "return stage; completes the result from stage (flattened); return completedFuture(v);
 * completes with v directly; return null; completes with null. A returned stage that fails fails
 * the result with the same unwrapped exception that await would throw. An exception escaping the
 * body — even before the first await — completes the result exceptionally with that same
 * exception object: the factory itself never throws."
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FailuresTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final List<Throwable> caught = Collections.synchronizedList(new ArrayList<>());

  /** How a stage comes to carry {@code original}: each must be unwrapped to it. */
  static Stream<Arguments> wrappings() {
    return Stream.of(
        Arguments.of("failed future", (Function<Throwable, CompletableFuture<String>>)
            CompletableFuture::failedFuture),
        Arguments.of("CompletionException layer", (Function<Throwable, CompletableFuture<String>>)
            t -> CompletableFuture.failedFuture(new CompletionException(t))),
        Arguments.of("ExecutionException layer", (Function<Throwable, CompletableFuture<String>>)
            t -> CompletableFuture.failedFuture(new ExecutionException(t))),
        Arguments.of("several layers", (Function<Throwable, CompletableFuture<String>>)
            t -> CompletableFuture.failedFuture(new CompletionException("outer",
                new ExecutionException("middle", new CompletionException(t))))),
        Arguments.of("supplyAsync throwing", (Function<Throwable, CompletableFuture<String>>)
            t -> CompletableFuture.supplyAsync(() -> {
              if (t instanceof RuntimeException r) {
                throw r;
              }
              throw new AssertionError(t);
            })),
        Arguments.of("thenApply downstream of a failure",
            (Function<Throwable, CompletableFuture<String>>)
                t -> CompletableFuture.<String>failedFuture(t).thenApply(s -> s + "!")));
  }

  @ParameterizedTest(name = "{0}, complete before the await")
  @MethodSource("wrappings")
  void awaitThrowsTheOriginalExceptionOfAFailedStage(String how,
      Function<Throwable, CompletableFuture<String>> failing) {
    IllegalStateException original = new IllegalStateException("original");
    CompletableFuture<String> stage = failing.apply(original);
    stage.handle((v, t) -> null).join(); // wait until it has failed (supplyAsync)
    CompletableFuture<String> result = FailureTemplatesGen.catchAnything(stage, log, caught);
    assertEquals("caught", valueNow(result));
    assertEquals(List.of(original), caught);
    assertSame(original, caught.get(0));
    assertEquals(List.of("before", "caught IllegalStateException"), log);
  }

  @ParameterizedTest(name = "{0}, failed later by another thread")
  @MethodSource("wrappings")
  void awaitThrowsTheOriginalExceptionOfAStageFailingLater(String how,
      Function<Throwable, CompletableFuture<String>> failing) {
    IllegalStateException original = new IllegalStateException("original");
    CompletableFuture<String> gate = new CompletableFuture<>();
    CompletableFuture<String> stage = gate.thenCompose(ignored -> failing.apply(original));
    CompletableFuture<String> result = FailureTemplatesGen.catchAnything(stage, log, caught);
    assertEquals(List.of("before"), log);
    runOnThread("failer", () -> gate.complete("go"));
    assertEquals("caught", Completions.valueWithin(result));
    assertSame(original, caught.get(0));
  }

  @Test
  void anUncaughtAwaitFailureFailsTheResultWithTheSameObject() {
    IOException original = new IOException("disk");
    CompletableFuture<String> stage = new CompletableFuture<>();
    CompletableFuture<String> result = FailureTemplatesGen.passThrough(stage, log);
    runOnThread("failer", () -> stage.completeExceptionally(new CompletionException(original)));
    assertSame(original, failureNow(result));
    assertSame(original, storedFailure(result), "stored unwrapped, as whenComplete sees it");
    assertEquals(List.of("before"), log);
  }

  @Test
  void aCompletionExceptionWithoutCauseIsThrownAsItIs() {
    CompletionException bare = new CompletionException("no cause", null);
    CompletableFuture<String> result = FailureTemplatesGen.catchAnything(
        CompletableFuture.failedFuture(bare), log, caught);
    assertEquals("caught", valueNow(result));
    assertSame(bare, caught.get(0));
  }

  @Test
  void aCancelledAwaitedStageThrowsItsCancellationException() {
    CompletableFuture<String> stage = new CompletableFuture<>();
    CompletableFuture<String> result = FailureTemplatesGen.catchAnything(stage, log, caught);
    stage.cancel(false);
    assertEquals("caught", valueNow(result));
    assertInstanceOf(CancellationException.class, caught.get(0));
  }

  @Test
  void aCheckedFailureIsCaughtWithCatchException() {
    IOException io = new IOException("checked");
    assertEquals("io checked",
        valueNow(FailureTemplatesGen.catchChecked(CompletableFuture.failedFuture(io))));
    CompletableFuture<String> later = new CompletableFuture<>();
    CompletableFuture<String> result = FailureTemplatesGen.catchChecked(later);
    runOnThread("failer", () -> later.completeExceptionally(new CompletionException(io)));
    assertEquals("io checked", valueNow(result));
  }

  @Test
  void aCheckedFailureIsCaughtByItsTypeWhereTheTryDeclaresIt() {
    IOException io = new IOException("typed");
    assertEquals("io typed",
        valueNow(FailureTemplatesGen.catchByType(CompletableFuture.failedFuture(io), true)));
    assertEquals("io typed",
        valueNow(FailureTemplatesGen.catchByType(CompletableFuture.failedFuture(io), false)));
  }

  @Test
  void aCaughtCheckedFailureRethrownWrappedFailsTheResult() {
    IOException io = new IOException("wrapped");
    Throwable failure = failureNow(
        FailureTemplatesGen.rethrowWrapped(CompletableFuture.failedFuture(io)));
    assertInstanceOf(UncheckedIOException.class, failure);
    assertSame(io, failure.getCause());
  }

  @Test
  void anExceptionBeforeTheFirstAwaitFailsTheResultAndTheFactoryReturns() {
    IllegalArgumentException boom = new IllegalArgumentException("at once");
    CompletableFuture<String> result = FailureTemplatesGen.throwsAtOnce(boom, log);
    assertEquals(List.of("start"), log);
    assertSame(boom, failureNow(result));
    assertSame(boom, storedFailure(result));
    CompletionException joined =
        org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, result::join);
    assertSame(boom, joined.getCause());
  }

  @Test
  void anErrorBeforeTheFirstAwaitFailsTheResult() {
    AssertionError error = new AssertionError("an error");
    assertSame(error, failureNow(FailureTemplatesGen.throwsError(error)));
    StackOverflowError overflow = new StackOverflowError();
    assertSame(overflow, failureNow(FailureTemplatesGen.throwsError(overflow)));
  }

  @Test
  void aCheckedExceptionBeforeTheFirstAwaitFailsTheResult() {
    IOException io = new IOException("checked at once");
    assertSame(io, failureNow(FailureTemplatesGen.throwsChecked(io)));
  }

  @Test
  void anExceptionThrownByTheBodyItselfFailsTheResult() {
    Throwable failure = failureNow(FailureTemplatesGen.length(null));
    assertInstanceOf(NullPointerException.class, failure);
    assertEquals(3, valueNow(FailureTemplatesGen.length("abc")));
  }

  @Test
  void aCompletionExceptionThrownByTheBodyIsStoredAsItIs() {
    CompletionException thrown = new CompletionException(new IOException("inside"));
    CompletableFuture<String> result = FailureTemplatesGen.throwsAtOnce(thrown, log);
    assertSame(thrown, storedFailure(result));
  }

  @Test
  void anExceptionAfterAResumptionFailsTheResultWithTheSameObject() {
    IllegalStateException boom = new IllegalStateException("later");
    CompletableFuture<String> stage = new CompletableFuture<>();
    CompletableFuture<String> result = FailureTemplatesGen.throwsLater(stage, boom);
    runOnThread("completer", () -> stage.complete("throw"));
    assertSame(boom, failureNow(result));
  }

  @Test
  void awaitNullThrowsNullPointerExceptionAtTheAwait() {
    CompletableFuture<String> result = FailureTemplatesGen.awaitNull(null, log);
    assertEquals("npe", valueNow(result));
    assertEquals(List.of("before", "npe"), log);
  }

  @Test
  void anUncaughtAwaitNullFailsTheResultWithNullPointerException() {
    CompletableFuture<String> result = FailureTemplatesGen.awaitNullUncaught(log);
    assertInstanceOf(NullPointerException.class, failureNow(result));
    assertEquals(List.of("before"), log);
  }

  @Test
  void returnStageCompletesFromTheStageLater() {
    CompletableFuture<String> stage = new CompletableFuture<>();
    CompletableFuture<String> result = FailureTemplatesGen.returnStage(stage, log);
    assertEquals(List.of("body"), log);
    assertFalse(result.isDone());
    runOnThread("completer", () -> stage.complete("flattened"));
    assertEquals("flattened", valueNow(result));
  }

  @Test
  void aReturnedStageCompletesTheResultOnTheThreadThatCompletesIt() {
    CompletableFuture<String> stage = new CompletableFuture<>();
    CompletableFuture<String> result = FailureTemplatesGen.returnStage(stage, log);
    List<Thread> completedOn = new ArrayList<>();
    result.whenComplete((v, t) -> completedOn.add(Thread.currentThread()));
    Thread completer = runOnThread("completer", () -> stage.complete("x"));
    assertEquals(List.of(completer), completedOn);
  }

  @Test
  void returnStageOfACompleteStage() {
    assertEquals("now",
        valueNow(FailureTemplatesGen.returnStage(CompletableFuture.completedFuture("now"), log)));
  }

  @Test
  void aReturnedStageThatFailsFailsTheResultWithTheUnwrappedException() {
    IOException io = new IOException("returned");
    CompletableFuture<String> stage = new CompletableFuture<>();
    CompletableFuture<String> result = FailureTemplatesGen.returnStage(stage, log);
    runOnThread("failer", () -> stage.completeExceptionally(
        new CompletionException(new ExecutionException(io))));
    assertSame(io, failureNow(result));
    assertSame(io, storedFailure(result));

    IllegalStateException direct = new IllegalStateException("direct");
    assertSame(direct, storedFailure(
        FailureTemplatesGen.returnStage(CompletableFuture.failedFuture(direct), log)));
  }

  @Test
  void aReturnedStageFailingInsideADependentStageIsUnwrapped() {
    // thenApply's failure reaches dependents as CompletionException(original)
    IllegalStateException original = new IllegalStateException("dependent");
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> result = FailureTemplatesGen.returnStage(
        source.thenApply(s -> {
          throw original;
        }), log);
    source.complete("x");
    assertSame(original, storedFailure(result));
  }

  @Test
  void returnOfAForeignStage() {
    CompletableFuture<String> stage = new CompletableFuture<>();
    CompletionStage<String> result =
        FailureTemplatesGen.returnForeignStage(ForeignStage.over(stage));
    stage.complete("foreign");
    assertEquals("foreign", valueNow(result));
    assertEquals("now", valueNow(FailureTemplatesGen.returnForeignStage(
        ForeignStage.over(CompletableFuture.completedFuture("now")))));

    IOException io = new IOException("foreign failure");
    CompletableFuture<String> failing = new CompletableFuture<>();
    CompletionStage<String> failed =
        FailureTemplatesGen.returnForeignStage(ForeignStage.over(failing));
    failing.completeExceptionally(io);
    assertSame(io, storedFailure(failed));
  }

  @Test
  void awaitOfAJdkCompletedStage() {
    // completedStage/failedStage/minimalCompletionStage are CompletableFutures whose isDone()
    // throws UnsupportedOperationException
    assertEquals("got v",
        valueNow(FailureTemplatesGen.awaitStage(CompletableFuture.completedStage("v"))));
    IllegalStateException boom = new IllegalStateException("failed stage");
    assertSame(boom, storedFailure(
        FailureTemplatesGen.awaitStage(CompletableFuture.failedStage(boom))));
  }

  @Test
  void awaitOfAMinimalCompletionStageCompletedLater() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> result =
        FailureTemplatesGen.awaitStage(source.minimalCompletionStage());
    assertFalse(result.isDone());
    runOnThread("completer", () -> source.complete("v"));
    assertEquals("got v", valueNow(result));

    IOException io = new IOException("minimal");
    CompletableFuture<String> failing = new CompletableFuture<>();
    CompletableFuture<String> failed =
        FailureTemplatesGen.awaitStage(failing.minimalCompletionStage());
    runOnThread("failer", () -> failing.completeExceptionally(io));
    assertSame(io, storedFailure(failed));
  }

  @Test
  void awaitOfAForeignStage() {
    assertEquals("got now", valueNow(FailureTemplatesGen.awaitStage(
        ForeignStage.over(CompletableFuture.completedFuture("now")))));
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<String> result = FailureTemplatesGen.awaitStage(ForeignStage.over(source));
    runOnThread("completer", () -> source.complete("later"));
    assertEquals("got later", valueNow(result));
  }

  @Test
  void returnOfAMinimalCompletionStage() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletionStage<String> result =
        FailureTemplatesGen.returnForeignStage(source.minimalCompletionStage());
    source.complete("v");
    assertEquals("v", valueNow(result));
    assertEquals("w", valueNow(FailureTemplatesGen.returnForeignStage(
        CompletableFuture.completedStage("w"))));
    IllegalStateException boom = new IllegalStateException("failed stage");
    assertSame(boom, storedFailure(FailureTemplatesGen.returnForeignStage(
        CompletableFuture.failedStage(boom))));
  }

  @Test
  void returnStageAfterAnAwait() {
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> second = new CompletableFuture<>();
    CompletableFuture<String> result = FailureTemplatesGen.returnStageAfterAwait(first, second);
    runOnThread("first", () -> first.complete("a"));
    assertFalse(result.isDone());
    runOnThread("second", () -> second.complete("b"));
    assertEquals("b", valueNow(result));
  }

  @Test
  void returnOfAnotherGeneratedResult() {
    CompletableFuture<String> stage = new CompletableFuture<>();
    CompletableFuture<String> result = FailureTemplatesGen.returnGenerated(stage, log);
    runOnThread("completer", () -> stage.complete("inner"));
    assertEquals("inner", valueNow(result));
    assertEquals(List.of("before", "after inner"), log);

    IllegalStateException boom = new IllegalStateException("inner failure");
    assertSame(boom, storedFailure(
        FailureTemplatesGen.returnGenerated(CompletableFuture.failedFuture(boom), log)));
  }

  @Test
  void returnCompletedFutureCompletesWithTheValueItself() {
    CompletableFuture<String> inner = new CompletableFuture<>();
    CompletableFuture<CompletableFuture<String>> result = FailureTemplatesGen.returnNested(inner);
    assertSame(inner, valueNow(result), "completedFuture(v) completes with v, not flattened");
  }

  @Test
  void returnNullCompletesWithNull() {
    CompletableFuture<String> result = FailureTemplatesGen.returnNull(log);
    assertTrue(result.isDone());
    assertFalse(result.isCompletedExceptionally());
    assertNull(result.join());
    assertEquals(List.of("body"), log);

    CompletableFuture<String> stage = new CompletableFuture<>();
    CompletableFuture<String> later = FailureTemplatesGen.returnNullAfterAwait(stage);
    runOnThread("completer", () -> stage.complete("x"));
    assertNull(valueNow(later));

    assertNull(valueNow(FailureTemplatesGen.returnCompletedNull()));
  }

  @Test
  void completionStageReturnType() {
    CompletableFuture<Integer> a = new CompletableFuture<>();
    CompletionStage<Integer> result =
        FailureTemplatesGen.stageTyped(a, CompletableFuture.completedFuture(2));
    assertFalse(result.toCompletableFuture().isDone());
    runOnThread("completer", () -> a.complete(4));
    assertEquals(42, valueNow(result));
    assertEquals(8, valueNow(
        FailureTemplatesGen.stageTypedReturnsStage(CompletableFuture.completedFuture(7))));

    IllegalStateException boom = new IllegalStateException("typed");
    assertSame(boom, storedFailure(FailureTemplatesGen.stageTyped(
        CompletableFuture.failedFuture(boom), CompletableFuture.completedFuture(1))));
  }

  @Test
  void theFactoryNeverThrowsWhateverTheArguments() {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      for (RuntimeException failure : List.of(new IllegalStateException(),
          new UnsupportedOperationException(), new CompletionException(null))) {
        CompletableFuture<String> result = FailureTemplatesGen.throwsAtOnce(failure, log);
        assertSame(failure, storedFailure(result));
      }
      CompletableFuture<CompletableFuture<String>> onPool = CompletableFuture.supplyAsync(
          () -> FailureTemplatesGen.throwsAtOnce(new IllegalStateException("pool"), log), pool);
      assertInstanceOf(IllegalStateException.class, storedFailure(onPool.join()));
    } finally {
      pool.shutdownNow();
    }
  }
}
