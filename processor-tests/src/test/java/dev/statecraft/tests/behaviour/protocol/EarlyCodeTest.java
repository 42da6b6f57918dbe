package dev.statecraft.tests.behaviour.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statecraft.runtime.AbstractGenerator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.PrimitiveIterator;
import org.junit.jupiter.api.Test;

/**
 * Code the processor runs earlier than written (D18) changes nothing a caller can see: the same
 * elements, the same laziness for code that can fail or has effects, the same state at closing.
 */
class EarlyCodeTest {
  private static <T> List<T> all(Iterable<T> iterable) {
    List<T> out = new ArrayList<>();
    iterable.forEach(out::add);
    return out;
  }

  @Test
  void aRangeRunsItsInitAtCreationAndItsUpdateBeforeEachElement() {
    PrimitiveIterator.OfInt it = EarlyCodeTemplatesGen.range(3);
    List<Integer> seen = new ArrayList<>();
    while (it.hasNext()) {
      seen.add(it.nextInt());
    }
    assertEquals(List.of(0, 1, 2), seen);
    assertFalse(EarlyCodeTemplatesGen.range(0).hasNext());
  }

  @Test
  void closingBeforeTheFirstHasNextEndsAMachineWhoseEntryRanAtCreation() {
    PrimitiveIterator.OfInt it = EarlyCodeTemplatesGen.range(3);
    ((AutoCloseable) it).getClass(); // the machine is a generator
    ((AbstractGenerator) it).close();
    assertFalse(it.hasNext());
  }

  @Test
  void aDivisionThatMayThrowStaysLazy() {
    Iterator<Integer> it = EarlyCodeTemplatesGen.quotients(7, 0); // creating must not divide
    assertThrows(ArithmeticException.class, it::hasNext);
    assertFalse(it.hasNext(), "done after the exception");
    assertEquals(List.of(3, 4, 5), all(() -> EarlyCodeTemplatesGen.quotients(7, 2)));
  }

  @Test
  void anAssignedParameterIsReadAsAssigned() {
    assertEquals(List.of(0, 3), all(EarlyCodeTemplatesGen.doubled(2)));
    Iterable<Integer> twice = EarlyCodeTemplatesGen.doubled(4);
    assertEquals(all(twice), all(twice), "each iterator runs the body from its own start");
    assertEquals(List.of(0, 3, 6), all(twice));
  }

  @Test
  void closingRunsTheFinallyWithTheCountAsWrittenNotAsRunEarly() {
    List<String> log = new ArrayList<>();
    Iterator<Integer> it = EarlyCodeTemplatesGen.counted(log);
    assertEquals(0, it.next());
    assertEquals(1, it.next());
    ((AbstractGenerator) it).close();
    // count++ ran once: when hasNext resumed after 0. The one after 1 never ran.
    assertEquals(List.of("count 1"), log);
  }

  @Test
  void continueStillRunsTheLoopUpdate() {
    assertEquals(List.of(1, 2, 4, 5, 7), all(EarlyCodeTemplatesGen.skipping(8)));
  }

  @Test
  void nestedLoopsAndABlockWithItsOwnLocal() {
    assertEquals(List.of(0L, 1L, 1L, 2L, 3L, 5L), all(EarlyCodeTemplatesGen.fibonacciRows(2, 3)));
    assertEquals(List.of(), all(EarlyCodeTemplatesGen.fibonacciRows(3, 0)));
  }

  @Test
  void aLoopBackToTheFirstStateKeepsIt() {
    assertEquals(List.of(1, 2, 3), all(EarlyCodeTemplatesGen.countUp(3)));
    assertEquals(List.of(1), all(EarlyCodeTemplatesGen.countUp(0)));
  }

  @Test
  void overflowWrapsAsWritten() {
    assertEquals(List.of(Integer.MAX_VALUE - 1, Integer.MAX_VALUE, Integer.MIN_VALUE),
        all(EarlyCodeTemplatesGen.wrapping()));
  }

  @Test
  void aLoopInACatchBlock() {
    assertEquals(List.of(0, 1, 2), all(EarlyCodeTemplatesGen.recovered(true)));
    assertEquals(List.of(-1), all(EarlyCodeTemplatesGen.recovered(false)));
  }

  @Test
  void hasNextStaysIdempotentAroundEarlyCode() {
    PrimitiveIterator.OfInt it = EarlyCodeTemplatesGen.range(2);
    assertTrue(it.hasNext());
    assertTrue(it.hasNext());
    assertEquals(0, it.nextInt());
    assertTrue(it.hasNext());
    assertTrue(it.hasNext());
    assertEquals(1, it.nextInt());
    assertFalse(it.hasNext());
  }
}
