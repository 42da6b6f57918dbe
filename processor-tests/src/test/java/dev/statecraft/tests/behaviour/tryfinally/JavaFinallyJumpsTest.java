package dev.statecraft.tests.behaviour.tryfinally;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * break, continue and yield leaving a Java finally or resource inside a lowered try (finding 14
 * of the differential test): the finally blocks and closes run before the jump, and what they
 * throw reaches the lowered finally or catch around them.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class JavaFinallyJumpsTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void breakAndContinueRunTheJavaFinallyThenTheLoweredOne() {
    assertYields(JavaFinallyJumpTemplatesGen.underLoweredFinally(2, -1, log),
        "try 0", "outer finally 0", "try 1", "outer finally 1", "try 2", "outer finally 2",
        "end");
    assertEquals(List.of("inner 0", "outer 0", "inner 1", "outer 1", "inner 2", "outer 2"), log);
  }

  @Test
  void anExceptionOfTheJavaFinallyLeftByContinueRunsTheLoweredFinally() {
    assertThrowsAfter(JavaFinallyJumpTemplatesGen.underLoweredFinally(2, 1, log), "inner 1",
        "try 0", "outer finally 0", "try 1", "outer finally 1");
    assertEquals(List.of("inner 0", "outer 0", "inner 1", "outer 1"), log);
  }

  @Test
  void anExceptionOfTheJavaFinallyLeftByBreakRunsTheLoweredFinally() {
    assertThrowsAfter(JavaFinallyJumpTemplatesGen.underLoweredFinally(1, 1, log), "inner 1",
        "try 0", "outer finally 0", "try 1", "outer finally 1");
    assertEquals(List.of("inner 0", "outer 0", "inner 1", "outer 1"), log);
  }

  @Test
  void aLoweredCatchCatchesTheExceptionOfAJavaFinallyLeftByContinue() {
    assertYields(JavaFinallyJumpTemplatesGen.underLoweredCatch(2, 1, log),
        "try 0", "try 1", "caught inner 1", "try 2", "end");
    assertEquals(List.of("inner 0", "inner 1", "inner 2"), log);
  }

  @Test
  void aLoweredCatchCatchesTheExceptionOfAJavaFinallyLeftByBreak() {
    assertYields(JavaFinallyJumpTemplatesGen.underLoweredCatch(2, 2, log),
        "try 0", "try 1", "try 2", "caught inner 2", "try 3", "end");
    assertEquals(List.of("inner 0", "inner 1", "inner 2", "inner 3"), log);
  }

  @Test
  void aFailingCloseLeftByContinueIsCaughtAndTheFinallyRuns() {
    assertYields(JavaFinallyJumpTemplatesGen.resources(2, 1, log),
        "try 0", "finally 0", "try 1", "caught close 1", "finally 1", "try 2", "finally 2",
        "end");
    assertEquals(List.of("open r0", "close r0", "open r1", "close r1", "open r2", "close r2"),
        log);
  }

  @Test
  void aFailingCloseLeftByBreakIsCaughtAndTheLoopGoesOn() {
    assertYields(JavaFinallyJumpTemplatesGen.resources(1, 1, log),
        "try 0", "finally 0", "try 1", "caught close 1", "finally 1", "try 2", "finally 2",
        "try 3", "finally 3", "end");
  }

  @Test
  void labelledJumpsToTheOuterLoopRunEveryFinally() {
    assertYields(JavaFinallyJumpTemplatesGen.labelled(-1, log),
        "00", "finally 00", "01", "finally 01", "outer finally 0",
        "10", "finally 10", "11", "finally 11", "outer finally 1",
        "20", "finally 20", "outer finally 2", "end");
    assertEquals(List.of("inner 00", "inner 01", "inner 10", "inner 11", "inner 20"), log);
  }

  @Test
  void anExceptionInsteadOfALabelledContinueIsCaughtAroundTheInnerLoop() {
    assertYields(JavaFinallyJumpTemplatesGen.labelled(1, log),
        "00", "finally 00", "01", "finally 01", "outer finally 0",
        "10", "finally 10", "11", "finally 11", "caught inner 11", "outer finally 1",
        "20", "finally 20", "outer finally 2", "end");
  }

  @Test
  void anExceptionInsteadOfALabelledBreakIsCaughtAndTheOuterLoopGoesOn() {
    assertYields(JavaFinallyJumpTemplatesGen.labelled(2, log),
        "00", "finally 00", "01", "finally 01", "outer finally 0",
        "10", "finally 10", "11", "finally 11", "outer finally 1",
        "20", "finally 20", "caught inner 20", "outer finally 2", "end");
  }

  @Test
  void aJumpOfAJavaFinallyOverridesTheJumpItInterrupts() {
    assertYields(JavaFinallyJumpTemplatesGen.nested(-1, log),
        "try 0", "finally 0", "try 1", "finally 1", "try 2", "finally 2", "try 3", "finally 3",
        "end");
    assertEquals(List.of("inner 0", "middle 0", "inner 1", "middle 1", "inner 2",
        "after inner 2", "middle 2", "inner 3", "middle 3"), log);
  }

  @Test
  void anOuterJavaFinallyThrowsInsteadOfTheOverridingJump() {
    assertYields(JavaFinallyJumpTemplatesGen.nested(0, log),
        "try 0", "caught middle 0", "finally 0", "try 1", "finally 1", "try 2", "finally 2",
        "try 3", "finally 3", "end");
  }

  @Test
  void anOuterJavaFinallyThrowsAfterTheBodyCompletesNormally() {
    assertYields(JavaFinallyJumpTemplatesGen.nested(2, log),
        "try 0", "finally 0", "try 1", "finally 1", "try 2", "caught middle 2", "finally 2",
        "try 3", "finally 3", "end");
  }

  @Test
  void anOuterJavaFinallyThrowsInsteadOfTheBreak() {
    assertYields(JavaFinallyJumpTemplatesGen.nested(3, log),
        "try 0", "finally 0", "try 1", "finally 1", "try 2", "finally 2",
        "try 3", "caught middle 3", "finally 3", "try 4", "finally 4", "end");
  }

  @Test
  void aSwitchExpressionsYieldRunsTheJavaFinallyFirst() {
    assertYields(JavaFinallyJumpTemplatesGen.switchYield(-1, log),
        "arm 0", "even 0", "odd 1", "arm 2", "even 2");
    assertEquals(List.of("inner 0", "inner 2"), log);
  }

  @Test
  void theArmsCatchCatchesTheExceptionOfAJavaFinallyLeftByYield() {
    assertYields(JavaFinallyJumpTemplatesGen.switchYield(2, log),
        "arm 0", "even 0", "odd 1", "arm 2", "caught inner 2");
  }

  private static void assertThrowsAfter(Iterable<String> generator, String message,
      String... expected) {
    Iterator<String> it = generator.iterator();
    for (String e : expected) {
      assertEquals(e, it.next());
    }
    assertEquals(message, assertThrows(IllegalStateException.class, it::hasNext).getMessage());
    assertEnded(it);
  }
}
