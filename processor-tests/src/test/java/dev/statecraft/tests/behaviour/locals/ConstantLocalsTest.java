package dev.statecraft.tests.behaviour.locals;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Final locals with constant initializers stay constants across yields. */
class ConstantLocalsTest {
  @Test
  void constantsAsCaseLabels() {
    assertYields(ConstantTemplatesGen.constantCaseLabels(List.of(1, 2)),
        "start", "one", "no tag match", "other 2", "twot");
  }

  @Test
  void constantsNarrowedImplicitly() {
    assertYields(ConstantTemplatesGen.constantNarrowing(), "start", "100 98 d b");
  }
}
