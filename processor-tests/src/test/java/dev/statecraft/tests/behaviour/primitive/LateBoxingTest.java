package dev.statecraft.tests.behaviour.primitive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statecraft.runtime.Coroutines;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A boxed generator that only ever yields primitives keeps them unboxed and boxes in
 * {@code next()} (so the JIT can drop the box, as for a hand-written iterator); to its consumer it
 * is the same boxed iterator. Generators that yield boxes of their own, {@code null} or a
 * delegated source's elements keep storing boxes.
 */
class LateBoxingTest {
  @Test
  void intYieldsAreStoredUnboxed() {
    List<String> log = new ArrayList<>();
    Iterator<Integer> it = LateBoxingTemplatesGen.ints(3, log).iterator();
    assertInstanceOf(PrimitiveIterator.OfInt.class, it,
        "the machine of an Iterable<Integer> that yields only ints keeps int elements");
    assertEquals(0, it.next());
    assertSame(Integer.valueOf(0), LateBoxingTemplatesGen.ints(1, log).iterator().next(),
        "boxed as yieldReturn would box: Integer.valueOf, cached values identical");
    assertEquals(1000, ((PrimitiveIterator.OfInt) it).nextInt());
    assertEquals(2000, it.next());
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
    assertEquals(List.of("finally"), log.subList(log.size() - 1, log.size()));
  }

  @Test
  void consumersSeeTheSameSequence() {
    List<Integer> all = new ArrayList<>();
    for (int x : LateBoxingTemplatesGen.ints(4, new ArrayList<>())) {
      all.add(x);
    }
    assertEquals(List.of(0, 1000, 2000, 3000), all);
    List<Integer> viaConsumer = new ArrayList<>();
    LateBoxingTemplatesGen.ints(2, new ArrayList<>()).iterator().forEachRemaining(viaConsumer::add);
    assertEquals(List.of(0, 1000), viaConsumer);
  }

  @Test
  void closingRunsFinallyBlocks() throws Exception {
    List<String> log = new ArrayList<>();
    Iterator<Integer> it = LateBoxingTemplatesGen.ints(5, log).iterator();
    assertEquals(0, it.next());
    Coroutines.close(it);
    assertEquals(List.of("finally"), log);
    assertFalse(it.hasNext());
  }

  @Test
  void longAndDoubleYieldsAreStoredUnboxed() {
    Iterator<Long> longs = LateBoxingTemplatesGen.longs(5_000_000_000L, 2);
    assertInstanceOf(PrimitiveIterator.OfLong.class, longs);
    assertEquals(5_000_000_000L, longs.next());
    assertEquals(5_000_000_001L, longs.next());
    assertFalse(longs.hasNext());
    Iterator<Double> doubles = LateBoxingTemplatesGen.doubles(3);
    assertInstanceOf(PrimitiveIterator.OfDouble.class, doubles);
    assertEquals(0.0, doubles.next());
    assertEquals(0.5, doubles.next());
    assertEquals(1.0, doubles.next());
    assertFalse(doubles.hasNext());
  }

  @Test
  void aBoxTheTemplateChoseKeepsItsIdentity() {
    Integer chosen = Integer.valueOf(1000); // outside the cache: a late box would be another
    Iterator<Integer> it = LateBoxingTemplatesGen.chosenBox(chosen).iterator();
    assertFalse(it instanceof PrimitiveIterator.OfInt);
    assertEquals(1, it.next());
    assertSame(chosen, it.next());
  }

  @Test
  void nullElementsStayNull() {
    Iterator<Integer> it = LateBoxingTemplatesGen.withNull();
    assertFalse(it instanceof PrimitiveIterator.OfInt);
    assertEquals(1, it.next());
    assertNull(it.next());
    Iterator<Integer> delegating = LateBoxingTemplatesGen.delegating();
    assertFalse(delegating instanceof PrimitiveIterator.OfInt);
    assertEquals(1, delegating.next());
    assertEquals(2, delegating.next());
    assertNull(delegating.next());
    assertFalse(delegating.hasNext());
  }

  @Test
  void streamsOfBoxesStayStreamsOfBoxes() {
    assertEquals(List.of(0, 1, 2),
        LateBoxingTemplatesGen.stream(3).collect(Collectors.toList()));
  }
}
