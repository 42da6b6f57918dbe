package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BranchesTest {
  private final List<String> log = new ArrayList<>();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-4 | negative,abs 4,end",
      "0  | zero,end",
      "4  | even,even done,end",
      "12 | even,big,even done,end",
      "7  | odd,end",
  })
  void elseIfChain(int x, String expected) {
    assertYields(BranchTemplatesGen.classify(x), (Object[]) expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-3 | not positive,fizz,end",
      "1  | positive,end",
      "7  | positive,medium,end",
      "12 | positive,huge,fizz,end",
  })
  void bracelessBranchesAndDanglingElse(int x, String expected) {
    assertYields(BranchTemplatesGen.braceless(x), (Object[]) expected.split(","));
  }

  @Test
  void yieldOnlyInTheElseBranch() {
    assertYields(BranchTemplatesGen.elseOnly(log, true), "end");
    assertEquals(List.of("cond", "then"), log);
    log.clear();
    Iterator<String> it = BranchTemplatesGen.elseOnly(log, false).iterator();
    assertEquals("else", it.next());
    assertEquals(List.of("cond"), log);
    assertEquals("end", it.next());
    assertEquals(List.of("cond", "after else yield"), log);
  }

  @Test
  void conditionsRunOnceAndOnlyWhenReached() {
    assertYields(BranchTemplatesGen.conditionsEvaluatedOnce(log, 1), "one");
    assertEquals(List.of("a", "end"), log);
    log.clear();
    assertYields(BranchTemplatesGen.conditionsEvaluatedOnce(log, 2), "two");
    assertEquals(List.of("a", "b", "after two", "end"), log);
    log.clear();
    assertYields(BranchTemplatesGen.conditionsEvaluatedOnce(log, 3), "three");
    assertEquals(List.of("a", "b", "c", "d", "end"), log);
    log.clear();
    assertYields(BranchTemplatesGen.conditionsEvaluatedOnce(log, 4));
    assertEquals(List.of("a", "b", "c", "end"), log);
  }

  @Test
  void branchesOnStateChangedAcrossYields() {
    assertYields(BranchTemplatesGen.toggles(5), "off", "switched", "on", "off", "switched", "on", "off", "switched");
  }
}
