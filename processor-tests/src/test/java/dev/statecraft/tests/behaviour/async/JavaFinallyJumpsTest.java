package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.failureNow;
import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static dev.statecraft.tests.behaviour.async.Completions.valueNow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * break and continue leaving a Java finally or resource inside a lowered try (finding 14 of the
 * differential test): the finally blocks and closes run before the jump, and what they throw
 * reaches the lowered finally or catch around them. With {@code now = false} the awaited tick
 * completes later, from another thread, so the jumps run on the resumed path.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class JavaFinallyJumpsTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private CompletableFuture<String> tick;

  private CompletableFuture<String> tick(boolean now) {
    tick = now ? CompletableFuture.completedFuture("") : new CompletableFuture<>();
    return tick;
  }

  private <T> CompletableFuture<T> later(CompletableFuture<T> result) {
    if (!tick.isDone()) {
      runOnThread("completer", () -> tick.complete(""));
    }
    return result;
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void breakAndContinueRunTheJavaFinallyThenTheLoweredOne(boolean now) {
    CompletableFuture<String> result =
        later(JavaFinallyJumpTemplatesGen.underLoweredFinally(tick(now), 2, -1, log));
    assertEquals("end", valueNow(result));
    assertEquals(List.of("try 0", "inner 0", "outer 0", "try 1", "inner 1", "outer 1",
        "try 2", "inner 2", "outer 2"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anExceptionOfTheJavaFinallyLeftByContinueRunsTheLoweredFinally(boolean now) {
    CompletableFuture<String> result =
        later(JavaFinallyJumpTemplatesGen.underLoweredFinally(tick(now), 2, 1, log));
    assertEquals("inner 1", failureNow(result).getMessage());
    assertEquals(List.of("try 0", "inner 0", "outer 0", "try 1", "inner 1", "outer 1"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anExceptionOfTheJavaFinallyLeftByBreakRunsTheLoweredFinally(boolean now) {
    CompletableFuture<String> result =
        later(JavaFinallyJumpTemplatesGen.underLoweredFinally(tick(now), 1, 1, log));
    assertEquals("inner 1", failureNow(result).getMessage());
    assertEquals(List.of("try 0", "inner 0", "outer 0", "try 1", "inner 1", "outer 1"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aLoweredCatchCatchesAFailingCloseLeftByContinue(boolean now) {
    CompletableFuture<String> result =
        later(JavaFinallyJumpTemplatesGen.underLoweredCatch(tick(now), 2, 1, log));
    assertEquals("end", valueNow(result));
    assertEquals(List.of("try 0", "open r0", "close r0", "try 1", "open r1", "close r1",
        "caught close 1", "try 2", "open r2", "close r2"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aLoweredCatchCatchesAFailingCloseLeftByBreak(boolean now) {
    CompletableFuture<String> result =
        later(JavaFinallyJumpTemplatesGen.underLoweredCatch(tick(now), 2, 2, log));
    assertEquals("end", valueNow(result));
    assertEquals(List.of("try 0", "open r0", "close r0", "try 1", "open r1", "close r1",
        "try 2", "open r2", "close r2", "caught close 2", "try 3", "open r3", "close r3"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void labelledJumpsAndAnOverridingContinueRunEveryFinally(boolean now) {
    CompletableFuture<String> result =
        later(JavaFinallyJumpTemplatesGen.labelled(tick(now), -1, log));
    assertEquals("end", valueNow(result));
    assertEquals(List.of("00", "inner 00", "01", "inner 01", "finally 0",
        "10", "inner 10", "11", "inner 11", "finally 1",
        "20", "inner 20", "21", "inner 21", "finally 2"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anExceptionInsteadOfALabelledContinueIsCaught(boolean now) {
    CompletableFuture<String> result =
        later(JavaFinallyJumpTemplatesGen.labelled(tick(now), 1, log));
    assertEquals("end", valueNow(result));
    assertEquals(List.of("00", "inner 00", "01", "inner 01", "finally 0",
        "10", "inner 10", "11", "inner 11", "caught inner 11", "finally 1",
        "20", "inner 20", "21", "inner 21", "finally 2"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anExceptionInsteadOfALabelledBreakIsCaughtAndTheLoopGoesOn(boolean now) {
    CompletableFuture<String> result =
        later(JavaFinallyJumpTemplatesGen.labelled(tick(now), 2, log));
    assertEquals("end", valueNow(result));
    assertEquals(List.of("00", "inner 00", "01", "inner 01", "finally 0",
        "10", "inner 10", "11", "inner 11", "finally 1",
        "20", "inner 20", "21", "inner 21", "caught inner 21", "finally 2",
        "30", "inner 30", "finally 3"), log);
  }
}
