package dev.statecraft.tests.behaviour.plain;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternsTest {
  @Test
  void bindingUsedAfterAYield() {
    assertYields(PatternTemplatesGen.lengthAfterYield("abc"), 1, 3);
    assertYields(PatternTemplatesGen.lengthAfterYield(42));
  }

  @Test
  void flowScopedBinding() {
    assertYields(PatternTemplatesGen.flowScoped(List.of("a", 2, 3.0, 5)), 2, 4, 5, 10);
  }

  @Test
  void bindingsInConditions() {
    assertYields(PatternTemplatesGen.conditions(List.of("hi", "", List.of(1, 2), List.of(1), 7)),
        "string hi", "first h", "skip", "list", "size 2", "skip", "skip");
  }

  @Test
  void bindingInAWhileCondition() {
    assertYields(PatternTemplatesGen.bindingInWhileCondition(List.<Object>of("a", "b", 3, "c").iterator()),
        "a", "A", "b", "B");
  }

  @Test
  void bindingInALoop() {
    assertYields(PatternTemplatesGen.whileBinding(new int[] {4, 5}), 4, 5, 2);
    assertYields(PatternTemplatesGen.whileBinding(new int[0]));
  }
}
