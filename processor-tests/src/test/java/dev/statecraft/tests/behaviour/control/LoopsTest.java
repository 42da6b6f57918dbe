package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Loops keep Java's order of condition, body and update around every yield. */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LoopsTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void whileLoop() {
    assertYields(LoopTemplatesGen.whileLoop(3), 0, 1, 2);
    assertYields(LoopTemplatesGen.whileLoop(0));
  }

  @Test
  void whileConditionRunsAfterTheBodyResumes() {
    Iterator<Integer> it = LoopTemplatesGen.whileTrace(log).iterator();
    assertEquals(0, it.next());
    assertEquals(List.of("cond 0"), log);
    assertEquals(1, it.next());
    assertEquals(List.of("cond 0", "resumed 0", "cond 1"), log);
    assertEnded(it);
    assertEquals(List.of("cond 0", "resumed 0", "cond 1", "resumed 1", "cond 2", "end"), log);
  }

  @Test
  void doWhileRunsTheBodyFirst() {
    assertYields(LoopTemplatesGen.doWhile(log, 0), 0);
    assertEquals(List.of("cond -1"), log);
    log.clear();
    Iterator<Integer> it = LoopTemplatesGen.doWhile(log, 2).iterator();
    assertEquals(2, it.next());
    assertEquals(List.of(), log, "the condition is checked only after the body resumes");
    assertEquals(1, it.next());
    assertEquals(List.of("cond 1"), log);
    assertEnded(it);
    assertEquals(List.of("cond 1", "cond 0"), log);
  }

  @Test
  void forWithSeveralInitAndUpdateExpressions() {
    assertYields(LoopTemplatesGen.twoCounters(), "0:10", "3:8");
    assertYields(LoopTemplatesGen.expressionInit(), "0", "01", "012", "i=3");
    assertYields(LoopTemplatesGen.bareFor(), 0, 1, 2);
  }

  @Test
  void forRunsConditionBodyUpdateInOrder() {
    Iterator<Integer> it = LoopTemplatesGen.forTrace(log).iterator();
    assertEquals(0, it.next());
    assertEquals(List.of("cond 0", "body 0"), log);
    assertEquals(1, it.next());
    assertEquals(List.of("cond 0", "body 0", "resumed 0", "inc 0", "cond 1", "body 1"), log);
    assertEnded(it);
    assertEquals(List.of("cond 0", "body 0", "resumed 0", "inc 0", "cond 1", "body 1",
        "resumed 1", "inc 1", "cond 2"), log);
  }

  @Test
  void yieldInsideTheUpdateClause() {
    assertYields(LoopTemplatesGen.yieldInUpdate(),
        "body 0", "update 1", "body 1", "update 2", "body 2", "update 3", "end");
  }

  @Test
  void yieldAllInsideTheUpdateClause() {
    assertYields(LoopTemplatesGen.yieldAllInUpdate(), "body 0", "1a", "1b", "body 1", "2a", "2b");
  }

  @Test
  void bodyChangesTheLoopVariable() {
    assertYields(LoopTemplatesGen.skipAhead(), 0, 3, 6, 9);
  }

  @Test
  void onlySomeIterationsYield() {
    assertYields(LoopTemplatesGen.multiplesOf(3, 10), 3, 6, 9);
    assertYields(LoopTemplatesGen.multiplesOf(11, 10));
  }

  @Test
  void bracelessLoopBodies() {
    assertYields(LoopTemplatesGen.braceless(2), 0, 1, 2, 1, 0, 1);
    assertYields(LoopTemplatesGen.braceless(0), 0, 1);
  }

  @Test
  void threeLevelsOfLoops() {
    assertYields(LoopTemplatesGen.threeDeep(),
        "a0", "a0b0c0", "a0b0c1", "b1", "a0b1c0", "a0b1c1", "b2",
        "a1", "a1b0c0", "a1b0c1", "b1", "a1b1c0", "a1b1c1", "b2");
  }

  @Test
  void longRunsBetweenYields() {
    assertYields(LoopTemplatesGen.sparse(10_000_000, 2_500_000), 0, 2_500_000, 5_000_000, 7_500_000);
  }

  @Test
  void aMillionYields() {
    Iterator<Integer> it = LoopTemplatesGen.many(1_000_000);
    long sum = 0;
    int count = 0;
    while (it.hasNext()) {
      sum += it.next();
      count++;
    }
    assertEquals(1_000_000, count);
    assertEquals(499_999_500_000L, sum);
  }
}
