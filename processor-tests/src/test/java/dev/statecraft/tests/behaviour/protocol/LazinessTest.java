package dev.statecraft.tests.behaviour.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Laziness: the body runs only as far as the consumer has asked, never ahead. */
class LazinessTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void factoryAndIteratorCallRunNothing() {
    Iterable<String> iterable = LazinessTemplatesGen.steps(log);
    assertEquals(List.of(), log);
    Iterator<String> it = iterable.iterator();
    assertEquals(List.of(), log, "iterator() must not start the body");
    assertTrue(it.hasNext());
    assertEquals(List.of("start"), log);
  }

  @Test
  void eachHasNextRunsExactlyToTheNextYield() {
    Iterator<String> it = LazinessTemplatesGen.steps(log).iterator();
    assertTrue(it.hasNext());
    assertEquals(List.of("start"), log);
    assertEquals("a", it.next());
    assertEquals(List.of("start"), log, "next() hands over the buffered element without resuming");
    assertTrue(it.hasNext());
    assertEquals(List.of("start", "after a"), log);
    assertEquals("b", it.next());
    assertEquals(List.of("start", "after a"), log);
    assertEquals(false, it.hasNext());
    assertEquals(List.of("start", "after a", "end"), log);
  }

  @Test
  void nextWithoutHasNextRunsToTheNextYield() {
    Iterator<String> it = LazinessTemplatesGen.steps(log).iterator();
    assertEquals("a", it.next());
    assertEquals(List.of("start"), log);
    assertEquals("b", it.next());
    assertEquals(List.of("start", "after a"), log);
  }

  @Test
  void iteratorReturnTypeIsLazyToo() {
    Iterator<String> it = LazinessTemplatesGen.stepsIterator(log);
    assertEquals(List.of(), log, "the factory must not start the body");
    assertEquals("a", it.next());
    assertEquals(List.of("start"), log);
  }

  @Test
  void streamPipelineRunsNothingUntilTheTerminalOperation() {
    Stream<String> s = LazinessTemplatesGen.stepsStream(log).map(String::toUpperCase).filter(x -> true);
    assertEquals(List.of(), log);
    assertEquals(Optional.of("A"), s.findFirst());
    assertEquals(List.of("start"), log, "findFirst() must not resume the body past the first yield");
  }

  @Test
  void streamRunsTheWholeBodyForAFullTerminalOperation() {
    assertEquals("a+b", LazinessTemplatesGen.stepsStream(log).collect(Collectors.joining("+")));
    assertEquals(List.of("start", "after a", "end"), log);
  }

  @Test
  void infiniteStreamWithLimitProducesOnlyWhatIsConsumed() {
    assertEquals(List.of(0, 1, 2), LazinessTemplatesGen.naturals(log).limit(3).collect(Collectors.toList()));
    assertEquals(List.of("make 0", "make 1", "make 2"), log);
  }
}
