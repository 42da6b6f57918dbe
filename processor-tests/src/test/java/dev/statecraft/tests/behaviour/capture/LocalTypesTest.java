package dev.statecraft.tests.behaviour.capture;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalTypesTest {
  @Test
  void localClassesCapturePerIterationLocals() {
    assertYields(LocalTypeTemplatesGen.localClassCapturingLoopLocals(List.of("x", "y")),
        "tagged x", "tagged y", "0:x", "1:y");
  }
}
