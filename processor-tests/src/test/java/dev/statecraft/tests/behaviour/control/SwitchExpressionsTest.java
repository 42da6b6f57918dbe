package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SwitchExpressionsTest {
  @Test
  void javaYieldInsideArrowSwitchExpressions() {
    assertYields(SwitchExpressionTemplatesGen.arrowForm(List.of("a", "bb", "ccc")),
        "a:1", "twice 2", "bb:2", "twice 4", "ccc:30", "twice 60");
  }

  @Test
  void javaYieldInsideColonSwitchExpressions() {
    assertYields(SwitchExpressionTemplatesGen.colonForm(1), "one", "ONE");
    assertYields(SwitchExpressionTemplatesGen.colonForm(3), "few", "FEW");
    assertYields(SwitchExpressionTemplatesGen.colonForm(8), "many8", "MANY8");
  }

  @Test
  void switchExpressionAsYieldArgument() {
    assertYields(SwitchExpressionTemplatesGen.asArgument(List.of(Color.BLUE, Color.RED, Color.GREEN)), "b", "r", "g");
  }

  @Test
  void generatorYieldsInsideSwitchExpressionArms() {
    assertYields(SwitchExpressionTemplatesGen.yieldsInsideArms(Color.RED), "red!", "weight 1");
    assertYields(SwitchExpressionTemplatesGen.yieldsInsideArms(Color.GREEN), "weight 2");
    assertYields(SwitchExpressionTemplatesGen.yieldsInsideArms(Color.BLUE), "other", "really", "weight 3");
  }

  @Test
  void loopWithBreakInsideASwitchExpressionArm() {
    assertYields(SwitchExpressionTemplatesGen.loopInsideArm(0), "total 0");
    assertYields(SwitchExpressionTemplatesGen.loopInsideArm(5),
        "partial 1", "partial 3", "partial 6", "loop done", "total 6");
  }

  @Test
  void colonFormSwitchExpressionWithGeneratorYieldsInALoop() {
    assertYields(SwitchExpressionTemplatesGen.colonFormWithYieldsInLoop(4),
        "zero mod 3", "0 fizz", "1 one", "two mod 3", "still two", "2 two", "zero mod 3", "3 fizz");
  }

  @Test
  void nestedSwitchExpressions() {
    assertYields(SwitchExpressionTemplatesGen.nested(0, 0), 0);
    assertYields(SwitchExpressionTemplatesGen.nested(0, 5), -1, 5);
    assertYields(SwitchExpressionTemplatesGen.nested(1, 0), 10, 11);
    assertYields(SwitchExpressionTemplatesGen.nested(2, 3), 20, 22);
  }

  @Test
  void switchExpressionWithSuspendingArmAssignedToAVariable() {
    assertYields(SwitchExpressionTemplatesGen.assignedToAVariable(1), 10, 2);
    assertYields(SwitchExpressionTemplatesGen.assignedToAVariable(0), 0);
  }
}
