package dev.statecraft.tests.behaviour.primitive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statecraft.runtime.Coroutines;
import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Laziness, stream operations and closing of primitive generators. */
class PrimitiveStreamsTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void nothingRunsBeforeATerminalOperation() {
    IntStream naturals = PrimitiveTemplatesGen.naturals(log);
    IntStream mapped = naturals.map(x -> x * 2).filter(x -> x > 0);
    assertEquals(List.of(), log, "neither the factory nor intermediate operations run the body");
    assertEquals(2 + 4 + 6, mapped.limit(3).sum());
    assertEquals(List.of("make 0", "make 1", "make 2", "make 3"), log,
        "limit(3) stops the body at the third element that passes the filter");
  }

  @Test
  void anInfiniteGeneratorWithShortCircuitingOperations() {
    assertEquals(10, PrimitiveTemplatesGen.naturals(log).filter(x -> x % 5 == 0).skip(2)
        .findFirst().getAsInt());
    assertTrue(PrimitiveTemplatesGen.naturals(log).anyMatch(x -> x == 7));
    assertArrayEquals(new int[] {0, 1, 2}, PrimitiveTemplatesGen.naturals(log).limit(3).toArray());
  }

  @Test
  void theIteratorViewOfAStreamIsLazyToo() {
    PrimitiveIterator.OfDouble it = PrimitiveTemplatesGen.loggedDoubles(log).iterator();
    assertEquals(List.of(), log);
    assertTrue(it.hasNext());
    assertEquals(List.of("start"), log);
    assertEquals(1.5, it.nextDouble());
    assertEquals(List.of("start"), log, "nextDouble() hands over the buffered element only");
    assertEquals(2.5, it.nextDouble());
    assertEquals(List.of("start", "after 1.5"), log);
    assertFalse(it.hasNext());
    assertEquals(List.of("start", "after 1.5", "end"), log);
  }

  @Test
  void primitiveIteratorsAreLazy() {
    PrimitiveIterator.OfInt it = PrimitiveDelegationTemplatesGen.innerGuarded(log);
    assertEquals(List.of(), log);
    Coroutines.close(it);
    assertEquals(List.of(), log, "closing before the first hasNext() never runs the body");
    assertFalse(it.hasNext());
  }

  @Test
  void streamOperations() {
    assertEquals(0 + 1 + 4 + 9 + 16, PrimitiveTemplatesGen.squares(5).sum());
    assertEquals(List.of(0, 1, 4, 9), PrimitiveTemplatesGen.squares(4).boxed()
        .collect(Collectors.toList()));
    assertEquals(List.of(0L, 1L, 1L), PrimitiveTemplatesGen.fib(3).boxed()
        .collect(Collectors.toList()));
    assertEquals(List.of(0.0, 0.5), PrimitiveTemplatesGen.halves(2).limit(2).boxed()
        .collect(Collectors.toList()));
    assertEquals(0 + 2 + 8 + 34 + 144,
        PrimitiveTemplatesGen.fib(20).filter(x -> x % 2 == 0).limit(5).sum());
    assertEquals(5.0 / 3, PrimitiveTemplatesGen.squares(3).average().getAsDouble(), 1e-12);
    assertEquals("0,1,4", PrimitiveTemplatesGen.squares(3).mapToObj(Integer::toString)
        .collect(Collectors.joining(",")));
    assertArrayEquals(new double[] {0, 1, 4}, PrimitiveTemplatesGen.squares(3).asDoubleStream()
        .toArray());
    DoubleStream halves = PrimitiveTemplatesGen.halves(4);
    assertEquals(1.5, halves.limit(4).max().getAsDouble());
  }

  @Test
  void closingAStreamRunsThePendingFinallyThenTheCallersHandlers() {
    try (IntStream s = PrimitiveTemplatesGen.guarded(log, 5).onClose(() -> log.add("caller"))) {
      assertEquals(1 + 2, s.limit(2).sum());
      assertEquals(List.of("yield 1", "yield 2"), log);
    }
    assertEquals(List.of("yield 1", "yield 2", "finally", "caller"), log);
  }

  @Test
  void closingAnUnusedStreamNeverRunsTheBody() {
    IntStream s = PrimitiveTemplatesGen.guarded(log, 5);
    s.close();
    assertEquals(List.of(), log);
  }

  @Test
  void closingADrainedStreamRunsNothingAgain() {
    try (IntStream s = PrimitiveTemplatesGen.guarded(log, 2)) {
      assertEquals(3, s.sum());
    }
    assertEquals(List.of("yield 1", "yield 2", "finally"), log);
  }

  @Test
  void closingAPrimitiveIterator() {
    PrimitiveIterator.OfLong it = PrimitiveTemplatesGen.guardedLongs(log);
    assertEquals(1L, it.nextLong());
    Coroutines.close(it);
    assertEquals(List.of("finally"), log);
    assertFalse(it.hasNext(), "a closed generator is done");
    Coroutines.close(it);
    assertEquals(List.of("finally"), log, "closing twice runs the finally once");
  }
}
