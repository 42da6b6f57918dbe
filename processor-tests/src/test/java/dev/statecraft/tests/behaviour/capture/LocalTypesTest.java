package dev.statecraft.tests.behaviour.capture;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalTypesTest {
  @Test
  void localRecordInstancesLiveAcrossYields() {
    assertYields(LocalTypeTemplatesGen.localRecord(List.of("ab", "c")),
        "ab", "ab/2", "c", "c/1", "count 2", "cc/2", "true");
  }

  @Test
  void localClassUsedAfterAYield() {
    assertYields(LocalTypeTemplatesGen.localClass(5), 0, 5, 10, 15);
  }

  @Test
  void localClassesCapturePerIterationLocals() {
    assertYields(LocalTypeTemplatesGen.localClassCapturingLoopLocals(List.of("x", "y")),
        "tagged x", "tagged y", "0:x", "1:y");
  }

  @Test
  void localInterfaceAndEnum() {
    assertYields(LocalTypeTemplatesGen.localInterfaceAndEnum(), "LEFT", "RIGHT 4.0");
  }
}
