package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static dev.statecraft.tests.behaviour.Sequences.take;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Jumps go where Java sends them; infinite loops run only as far as the consumer asks. */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class JumpsTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void continueInFor() {
    assertYields(JumpTemplatesGen.continueInFor(), "skip 0", "odd 1", "skip 2", "odd 3", "skip 4");
    assertYields(JumpTemplatesGen.continueRunsTheUpdate(), 0, 1, 3, 4);
  }

  @Test
  void continueInWhileGoesToTheCondition() {
    assertYields(JumpTemplatesGen.continueInWhile(), 1, 2, 4, 5);
  }

  @Test
  void continueInDoWhileGoesToTheCondition() {
    assertYields(JumpTemplatesGen.continueInDoWhile(), 1, 2, 3, -4);
  }

  @Test
  void breakLeavesOnlyTheInnermostLoop() {
    assertYields(JumpTemplatesGen.breakOutOfLoops(2), "while 0", "while 1", "for 0", "for 1", "for 2", "do", "after");
    assertYields(JumpTemplatesGen.breakOutOfLoops(0), "for 0", "do", "after");
  }

  @Test
  void jumpsFromNestedBlocks() {
    assertYields(JumpTemplatesGen.jumpsFromNestedBlocks(), 0, 2, 3, 100);
  }

  @Test
  void labelledBreakLeavesBothLoops() {
    assertYields(JumpTemplatesGen.labelledBreak(),
        "0,0", "0,1", "0,2", "end row 0", "1,0", "1,1", "after");
  }

  @Test
  void labelledContinueSkipsTheRestOfTheOuterBody() {
    assertYields(JumpTemplatesGen.labelledContinue(),
        "0,0", "1,0", "1,1", "2,0", "2,1", "2,2", "row done 2");
  }

  @Test
  void labelledContinueToWhileAndDoWhile() {
    assertYields(JumpTemplatesGen.labelledContinueToWhileAndDo(), "1.1", "2.1", "3.1", "3.3", "full 3");
  }

  @Test
  void breakOutOfALabelledBlock() {
    assertYields(JumpTemplatesGen.labelledBlock(List.of(1, 2, 3), 2), "look 1", "look 2", "found", "after");
    assertYields(JumpTemplatesGen.labelledBlock(List.of(1, 3), 2), "look 1", "look 3", "not found", "after");
  }

  @Test
  void aLabelReusedBySiblings() {
    assertYields(JumpTemplatesGen.reusedLabel(), "a0", "a1", "b1", "b2");
  }

  @Test
  void infiniteLoopEndedByDone() {
    assertYields(JumpTemplatesGen.forEver(3), 0, 1, 2);
  }

  @Test
  void infiniteLoopStoppedByTheConsumer() {
    Iterator<Integer> it = JumpTemplatesGen.naturals(log);
    assertEquals(List.of(0, 1, 2, 3, 4), take(it, 5));
    assertEquals(List.of("make 0", "make 1", "make 2", "make 3", "make 4"), log);
    assertEquals(5, it.next());
  }

  @Test
  void doneFromDeepInsideLoopsAndSwitch() {
    assertYields(JumpTemplatesGen.doneFromDeep(1, 2, log), "0:0", "0-1", "0-2", "1:0", "1-1");
    assertEquals(List.of("stopping"), log);
    log.clear();
    assertYields(JumpTemplatesGen.doneFromDeep(-1, -1, log),
        "0:0", "0-1", "0-2", "1:0", "1-1", "1-2", "2:0", "2-1", "2-2");
    assertEquals(List.of("completed"), log);
  }

  @Test
  void earlyDone() {
    assertYields(JumpTemplatesGen.guard(null));
    assertYields(JumpTemplatesGen.guard(""));
    assertYields(JumpTemplatesGen.guard("a"), "a");
    assertYields(JumpTemplatesGen.guard("abc"), "abc", "bc");
  }
}
