package dev.statecraft.tests.behaviour.tryfinally;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FinallyTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void finallyYieldsOnNormalCompletion() {
    assertYields(FinallyTemplatesGen.yieldInFinally(log, null), "try", "finally 1", "finally 2", "after");
    assertEquals(List.of("finally"), log);
  }

  @Test
  void finallyYieldsBeforeThePendingExceptionEscapes() {
    IllegalStateException failure = new IllegalStateException("pending");
    Iterator<String> it = FinallyTemplatesGen.yieldInFinally(log, failure).iterator();
    assertEquals("try", it.next());
    assertEquals("finally 1", it.next());
    assertEquals("finally 2", it.next());
    assertSame(failure, assertThrows(IllegalStateException.class, it::hasNext));
    assertEnded(it);
    assertEquals(List.of("finally"), log);
  }

  @Test
  void breakAndContinueThroughAFinallyThatYields() {
    assertYields(FinallyTemplatesGen.jumpsThroughFinally(),
        "body 0", "finally 0", "finally 1", "body 2", "finally 2", "finally 3", "end");
  }

  @Test
  void labelledBreakThroughTwoFinallies() {
    assertYields(FinallyTemplatesGen.labelledBreakThroughTwoFinallies(),
        "00", "inner 00", "01", "inner 01", "02", "inner 02", "outer 0",
        "10", "inner 10", "11", "inner 11", "outer 1", "end");
  }

  @Test
  void doneRunsEnclosingFinallies() {
    assertYields(FinallyTemplatesGen.doneThroughFinallies(log), "a", "inner", "outer");
    assertEquals(List.of("outer ran"), log);
  }

  @Test
  void aThrowingJavaFinallyLeftByDoneRunsTheYieldingFinallyAroundIt() {
    IllegalStateException failure = new IllegalStateException("inner");
    Iterator<String> it =
        FinallyTemplatesGen.doneThroughThrowingJavaFinally(log, failure).iterator();
    assertEquals("try", it.next());
    assertEquals("outer finally", it.next());
    assertSame(failure, assertThrows(IllegalStateException.class, it::hasNext));
    assertEnded(it);
    assertEquals(List.of("inner", "outer"), log);
    log.clear();
    assertYields(FinallyTemplatesGen.doneThroughThrowingJavaFinally(log, null),
        "try", "outer finally");
    assertEquals(List.of("inner", "outer"), log);
  }

  @Test
  void doneInAFinallyDiscardsThePendingException() {
    assertYields(FinallyTemplatesGen.doneInFinallyDiscardsException(), 1, 2);
  }

  @Test
  void throwInAFinallyReplacesThePendingException() {
    IllegalStateException first = new IllegalStateException("first");
    IllegalArgumentException second = new IllegalArgumentException("second");
    Iterator<Integer> it = FinallyTemplatesGen.throwInFinallyReplacesException(first, second).iterator();
    assertEquals(1, it.next());
    assertEquals(2, it.next());
    assertSame(second, assertThrows(IllegalArgumentException.class, it::hasNext));
    assertEquals(0, second.getSuppressed().length, "Java does not attach the discarded exception");
    assertEnded(it);

    Iterator<Integer> it2 = FinallyTemplatesGen.throwInFinallyReplacesException(first, null).iterator();
    assertEquals(1, it2.next());
    assertEquals(2, it2.next());
    assertSame(first, assertThrows(IllegalStateException.class, it2::hasNext));
  }

  @Test
  void breakAndContinueInAFinallyDiscardThePendingException() {
    assertYields(FinallyTemplatesGen.jumpInFinallyDiscardsException(),
        "try 0", "after try 0", "try 1", "try 2", "after try 2", "loop", "end");
  }

  @Test
  void finallyRunsAtTheRightMoment() {
    Iterator<String> it = FinallyTemplatesGen.finallyEachIteration(log).iterator();
    assertEquals("body 0", it.next());
    assertEquals(List.of(), log, "suspending inside the try does not run the finally");
    assertEquals("body 1", it.next());
    assertEquals(List.of("finally 0"), log);
    assertEquals("body 2", it.next());
    assertEnded(it);
    assertEquals(List.of("finally 0", "finally 1", "finally 2"), log);
  }

  @Test
  void tryCatchFinallyInsideASwitch() {
    assertYields(FinallyTemplatesGen.inSwitch(List.of(0, 5, -3)),
        "zero", "try 5", "finally 5", "try -3", "negative -3", "finally -3");
  }
}
