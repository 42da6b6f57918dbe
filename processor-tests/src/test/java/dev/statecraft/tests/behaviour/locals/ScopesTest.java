package dev.statecraft.tests.behaviour.locals;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Same-named locals in different scopes stay separate variables with their own types. */
class ScopesTest {
  @Test
  void siblingBlocksReuseANameWithAnotherType() {
    assertYields(ScopeTemplatesGen.siblingBlocks(),
        "int 1", "int 2", "string s", "string s!",
        "long 0", "long again 0", "long 10000000000", "long again 10000000000",
        "each p", "each again p", "each q", "each again q");
  }

  @Test
  void branchesDeclareTheSameNameWithDifferentTypes() {
    assertYields(ScopeTemplatesGen.branchLocals(true), "a", "2");
    assertYields(ScopeTemplatesGen.branchLocals(false), "7", "3");
  }

  @Test
  void arrowArmsDeclareTheSameNameWithDifferentTypes() {
    assertYields(ScopeTemplatesGen.arrowArms(1), "s", "ss");
    assertYields(ScopeTemplatesGen.arrowArms(2), "2", "4");
    assertYields(ScopeTemplatesGen.arrowArms(3), "l", "[l]");
  }

  @Test
  void loopBodyLocalsAreFreshEachIteration() {
    assertYields(ScopeTemplatesGen.freshPerIteration(), "[0]", "[0, 0]", "[1]", "[1, -1]", "[2]", "[2, -2]");
  }

  @Test
  void consecutiveLoopsReuseTheLoopVariableName() {
    assertYields(ScopeTemplatesGen.loopVariables(), "i=0", "i=1", "c=a", "c=b", "d=0.5", "d=1.5");
  }

  @Test
  void nestedLoopsReuseInnerNames() {
    assertYields(ScopeTemplatesGen.nestedReuse(), "00", "01", "second 5", "10", "11", "second 105");
  }

  @Test
  void patternBindingsWithTheSameName() {
    assertYields(ScopeTemplatesGen.bindings(List.of("ab", 41, 2.0)), "string", "AB", "int", "42", "other");
  }
}
