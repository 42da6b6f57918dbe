package dev.statecraft.tests.behaviour.capture;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** Captures see the value at the moment of capture, as in plain Java. */
class CaptureTest {
  @Test
  void lambdasCapturePerIterationCopies() {
    assertYields(CaptureTemplatesGen.loopCopies(3), "made 1", "made 2", "made 3", "v0=0", "v1=1", "v2=2");
  }

  @Test
  void lambdasCaptureTheForEachVariable() {
    assertYields(CaptureTemplatesGen.forEachVariable(List.of("a", "b")), "a", "b", "A", "B");
  }

  @Test
  void anonymousClassesCapturePerIterationCopies() {
    assertYields(CaptureTemplatesGen.anonymous(3), "made 0", "made 1", "made 2", "anon 0", "anon 1", "anon 4");
  }

  @Test
  void lambdaCreatedBeforeAYieldAndCalledAfter() {
    assertYields(CaptureTemplatesGen.capturedAndRead(2), 21, 20, 22, 2);
  }

  @Test
  void capturedArrayIsShared() {
    assertYields(CaptureTemplatesGen.sharedArray(), 1, 3);
  }

  @Test
  void methodReferencesBindTheirReceiver() {
    assertYields(CaptureTemplatesGen.methodReferences(), "x", "xy", "other!", "xyz");
  }

  @Test
  void lambdasUsedInsideTheBody() {
    assertYields(CaptureTemplatesGen.lambdasInTheBody(List.of(5, 1, 7, 3), 3),
        List.of(5, 7, 3), List.of(7, 5, 3), List.of(17, 13, 9));
  }

  @Test
  void anonymousIteratorHeldAcrossYields() {
    assertYields(CaptureTemplatesGen.anonymousIterator(3), 3, 2, 1);
  }

  @Test
  void blankFinalCapturedAfterAYield() {
    assertYields(CaptureTemplatesGen.blankFinal(true), "a", "aa");
    assertYields(CaptureTemplatesGen.blankFinal(false), "b", "bb");
  }

  @Test
  void lambdaParametersNamedLikeLocals() {
    assertYields(CaptureTemplatesGen.lambdaParameterNames(List.of("p", "q")), "p", "q", "PQ");
  }

  @Test
  void lambdasOutsideSplicedStatementsCaptureTheirIterationsValue() {
    List<IntSupplier> made = new ArrayList<>();
    assertYields(CaptureTemplatesGen.outsideSplicedStatements(made),
        0, 1, 2, 3, 4, 10, 11, 12, 14, 20, 21, 24);
    List<Integer> seen = new ArrayList<>();
    made.forEach(lambda -> seen.add(lambda.getAsInt()));
    assertEquals(List.of(0, 1, 2, 3, 4, 4, 10, 11, 12, 13, 14, 14, 20, 21, 22, 23, 24, 24),
        seen);
  }

  @Test
  void blankFinalAssignedWhereCaptured() {
    List<IntSupplier> made = new ArrayList<>();
    assertYields(CaptureTemplatesGen.blankAssignedWhereCaptured(made), 0, 0, 10, -1, 20, 2);
    List<Integer> seen = new ArrayList<>();
    made.forEach(lambda -> seen.add(lambda.getAsInt()));
    assertEquals(List.of(0, 0, 10, -2, 20, 2), seen);
  }
}
