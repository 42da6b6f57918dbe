package dev.statecraft.tests.behaviour.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A generator's stream creates its machine when the terminal operation starts and drains it
 * without keeping it; everything a caller can see stays as for a stream over the generator's
 * iterator: laziness, the elements, closing (also after an action threw, and from inside an
 * action), failures, element-wise and parallel use.
 */
class StreamProtocolTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void aTerminalOperationRunsTheBodyToItsEnd() {
    IntStream s = StreamTemplatesGen.ints(4, log);
    assertEquals(List.of(), log, "the factory runs nothing");
    assertEquals(6, s.sum());
    assertEquals(List.of("start", "finally"), log);
    assertEquals("w0,w1,w2", StreamTemplatesGen.words(3, log).collect(Collectors.joining(",")));
    assertArrayEquals(new long[] {0, 1_000_000_000L, 2_000_000_000L},
        StreamTemplatesGen.longs(3).toArray());
    assertArrayEquals(new double[] {0, 0.5, 1}, StreamTemplatesGen.halves(3).toArray());
  }

  @Test
  void closingBeforeTheTerminalOperationRunsNothingAndLeavesNoElements() {
    IntStream s = StreamTemplatesGen.ints(4, log);
    PrimitiveIterator.OfInt it = s.iterator();
    s.close();
    assertEquals(List.of(), log);
    assertFalse(it.hasNext(), "a generator closed before it started has ended");
    assertEquals(List.of(), log);
    Stream<String> words = StreamTemplatesGen.words(4, log);
    Spliterator<String> spliterator = words.spliterator();
    words.close();
    spliterator.forEachRemaining(w -> log.add(w));
    assertEquals(List.of(), log);
  }

  @Test
  void closingAfterAnActionThrewRunsThePendingFinally() {
    IllegalArgumentException thrown = new IllegalArgumentException("consumer");
    try (Stream<String> s = StreamTemplatesGen.words(5, log)) {
      IllegalArgumentException caught = assertThrows(IllegalArgumentException.class,
          () -> s.forEach(w -> {
            if (w.equals("w2")) {
              throw thrown;
            }
          }));
      assertEquals(thrown, caught);
      assertEquals(List.of("start"), log, "the generator stays suspended at w2");
    }
    assertEquals(List.of("start", "finally"), log, "closing the stream closed the generator");
  }

  @Test
  void closingFromInsideTheActionStopsAfterThatAction() {
    List<Integer> seen = new ArrayList<>();
    IntStream[] holder = new IntStream[1];
    holder[0] = StreamTemplatesGen.ints(10, log);
    holder[0].forEach(i -> {
      seen.add(i);
      if (i == 2) {
        holder[0].close();
      }
    });
    assertEquals(List.of(0, 1, 2), seen);
    assertEquals(List.of("start", "finally"), log);
    holder[0].close(); // again: nothing more
    assertEquals(List.of("start", "finally"), log);
  }

  @Test
  void aFailureOfTheBodyReachesTheTerminalOperation() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> StreamTemplatesGen.failing(3).sum());
    assertEquals("body failed", e.getMessage());
    IntStream s = StreamTemplatesGen.failing(1);
    assertThrows(IllegalStateException.class, s::count);
    s.close(); // the generator is done: closing does nothing, throws nothing
  }

  @Test
  void elementWiseOperationsKeepTheMachineAndCloseIt() {
    try (IntStream s = StreamTemplatesGen.ints(10, log)) {
      assertEquals(List.of(0, 1, 2), s.limit(3).boxed().collect(Collectors.toList()));
    }
    assertEquals(List.of("start", "finally"), log);
    PrimitiveIterator.OfInt it = StreamTemplatesGen.ints(2, new ArrayList<>()).iterator();
    assertEquals(0, it.nextInt());
    assertEquals(1, it.nextInt());
    assertFalse(it.hasNext());
    assertEquals(0, StreamTemplatesGen.ints(5, new ArrayList<>()).findFirst().getAsInt());
  }

  @Test
  void aSpliteratorAdvancedThenDrainedContinuesAndEndsOnce() {
    Spliterator.OfInt spliterator = StreamTemplatesGen.ints(4, log).spliterator();
    List<Integer> seen = new ArrayList<>();
    assertTrue(spliterator.tryAdvance((int i) -> seen.add(i)));
    spliterator.forEachRemaining((int i) -> seen.add(i));
    spliterator.forEachRemaining((int i) -> seen.add(i));
    assertFalse(spliterator.tryAdvance((int i) -> seen.add(i)));
    assertEquals(List.of(0, 1, 2, 3), seen);
  }

  @Test
  void aSpliteratorDrainedAtOnceIsExhausted() {
    Spliterator.OfInt spliterator = StreamTemplatesGen.ints(3, log).spliterator();
    List<Integer> seen = new ArrayList<>();
    spliterator.forEachRemaining((int i) -> seen.add(i));
    spliterator.forEachRemaining((int i) -> seen.add(i));
    assertFalse(spliterator.tryAdvance((int i) -> seen.add(i)));
    assertEquals(null, spliterator.trySplit());
    assertEquals(List.of(0, 1, 2), seen);
    assertEquals(List.of("start", "finally"), log, "the body ran once");
  }

  @Test
  void parallelStreamsSplitAndSeeEveryElementOnce() {
    int n = 5_000;
    assertEquals((long) n * (n - 1) / 2,
        StreamTemplatesGen.ints(n, log).parallel().asLongStream().sum());
    assertEquals(n, StreamTemplatesGen.words(n, new ArrayList<>()).parallel()
        .collect(Collectors.toSet()).size());
    assertTrue(StreamTemplatesGen.ints(3, new ArrayList<>()).spliterator()
        .hasCharacteristics(Spliterator.ORDERED));
  }
}
