package dev.statecraft.tests.behaviour.plain;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PlainStatementsTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void assignmentsInsideTryAndCatch() {
    assertYields(PlainStatementTemplatesGen.assignmentsInTryCatch(List.of("1", "x", "3")),
        "1 ok", "-1 NumberFormatException", "3 ok", "3 attempts, 1 failures");
  }

  @Test
  void breakAndContinueThroughAFinally() {
    assertYields(PlainStatementTemplatesGen.jumpsThroughFinally(log), 0, 2);
    assertEquals(List.of("try 0", "finally 0", "finally 1", "try 2", "finally 2", "finally 3", "after loop"), log);
  }

  @Test
  void doneThroughAFinally() {
    assertYields(PlainStatementTemplatesGen.doneThroughFinally(log, true), "first");
    assertEquals(List.of("finally"), log);
    log.clear();
    assertYields(PlainStatementTemplatesGen.doneThroughFinally(log, false), "first", "second");
    assertEquals(List.of("not stopped", "finally"), log);
  }

  @Test
  void tryWithResourcesBetweenYields() {
    Iterator<String> it = PlainStatementTemplatesGen.resources(log).iterator();
    assertEquals("before", it.next());
    assertEquals(List.of(), log);
    assertEquals("between", it.next());
    assertEquals(List.of("open a", "open b", "use ab", "close b", "close a"), log);
    assertEquals("after", it.next());
    assertEquals(List.of("open a", "open b", "use ab", "close b", "close a", "open c", "use c", "close c"), log);
    assertEnded(it);
  }

  @Test
  void nestedTriesWithoutYields() {
    assertYields(PlainStatementTemplatesGen.nestedTries(3), "[even 0]", "[odd 1 (caught twice)]", "[even 2]");
  }

  @Test
  void throwStatement() {
    Iterator<Integer> it = PlainStatementTemplatesGen.throwStatement(2).iterator();
    assertEquals(0, it.next());
    assertEquals(1, it.next());
    assertEquals("failed at 2", assertThrows(IOException.class, it::hasNext).getMessage());
    assertEnded(it);
  }

  @Test
  void synchronizedBlocksReleaseTheMonitorBeforeYielding() {
    Object lock = new Object();
    Iterator<Integer> it = PlainStatementTemplatesGen.synchronizedBlocks(lock, log).iterator();
    assertEquals(1, it.next());
    assertEquals(List.of("holds true"), log);
    assertFalse(Thread.holdsLock(lock));
    assertEquals(11, it.next());
    assertFalse(Thread.holdsLock(lock));
    assertEquals(21, it.next());
    assertFalse(Thread.holdsLock(lock));
    assertEnded(it);
  }

  @Test
  void emptyStatements() {
    assertYields(PlainStatementTemplatesGen.emptyStatements(), 1, 2, 3);
  }
}
