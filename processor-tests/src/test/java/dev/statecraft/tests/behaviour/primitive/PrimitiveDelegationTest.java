package dev.statecraft.tests.behaviour.primitive;

import static dev.statecraft.tests.behaviour.primitive.PrimitiveDrains.assertDoubles;
import static dev.statecraft.tests.behaviour.primitive.PrimitiveDrains.assertInts;
import static dev.statecraft.tests.behaviour.primitive.PrimitiveDrains.assertLongs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.statecraft.runtime.Coroutines;
import dev.statecraft.tests.behaviour.primitive.NoBoxingTest.Ints;
import dev.statecraft.tests.behaviour.primitive.NoBoxingTest.Longs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code yieldAll} in primitive generators: boxed sources, and generated primitive generators. */
class PrimitiveDelegationTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void aBoxedListIsUnboxedOneByOne() {
    assertInts(PrimitiveDelegationTemplatesGen.framedList(List.of(5, 300, -7)).iterator(),
        -1, 5, 300, -7, -2);
    assertInts(PrimitiveDelegationTemplatesGen.framedList(List.of()).iterator(), -1, -2);
  }

  @Test
  void boxedSourcesOfNarrowerTypesConvertAsJavaDoes() {
    assertInts(PrimitiveDelegationTemplatesGen.narrowerSources(
            List.of((short) 1, (short) -2), List.of((byte) 3), List.of('a')),
        1, -2, 3, 'a');
  }

  @Test
  void aBoxedIteratorAndABoxedStreamClosedWhenDrained() {
    Stream<Integer> stream = Stream.of(3, 4).onClose(() -> log.add("stream closed"));
    PrimitiveIterator.OfInt it = PrimitiveDelegationTemplatesGen.iteratorAndStream(
        List.of(1, 2).iterator(), stream).iterator();
    assertEquals(1, it.nextInt());
    assertEquals(2, it.nextInt());
    assertEquals(3, it.nextInt());
    assertEquals(4, it.nextInt());
    assertEquals(List.of(), log);
    assertEquals(0, it.nextInt());
    assertEquals(List.of("stream closed"), log);
    assertFalse(it.hasNext());
  }

  @Test
  void aNullElementFailsAtTheYieldAllWhereTheTemplateCatchesIt() {
    assertInts(PrimitiveDelegationTemplatesGen.nullTolerant(Arrays.asList(1, null, 3)),
        1, -99, 100);
    assertInts(PrimitiveDelegationTemplatesGen.nullTolerant(List.of(1, 3)), 1, 3, 100);
  }

  @Test
  void anotherGeneratedIntGenerator() {
    assertInts(PrimitiveDelegationTemplatesGen.twoRanges(3).iterator(), 0, 1, 2, 1000, 3, 4, 5);
    assertEquals(0 + 1 + 2 + 1000 + 3 + 4 + 5, PrimitiveDelegationTemplatesGen.twoRanges(3).sum());
    assertInts(PrimitiveDelegationTemplatesGen.twoRanges(0).iterator(), 1000);
  }

  @Test
  void aGeneratedIntStreamThroughItsIteratorAndBoxed() {
    assertInts(PrimitiveDelegationTemplatesGen.squaresTwice(3), 0, 1, 4, 0, 1, 4);
  }

  @Test
  void recursiveDelegation() {
    assertInts(PrimitiveDelegationTemplatesGen.countdown(4), 4, 3, 2, 1);
    assertInts(PrimitiveDelegationTemplatesGen.countdown(0));
    int[] sum = {0};
    PrimitiveDelegationTemplatesGen.countdown(500).forEachRemaining((int x) -> sum[0] += x);
    assertEquals(500 * 501 / 2, sum[0]);
  }

  @Test
  void intSourcesWidenIntoALongGenerator() {
    assertLongs(PrimitiveDelegationTemplatesGen.widenedSources(2, List.of(7),
        List.of(1L << 40)).iterator(), 0, 1, 7, 1L << 40);
  }

  @Test
  void mixedSourcesIntoADoubleGenerator() {
    assertDoubles(PrimitiveDelegationTemplatesGen.mixedDoubles(List.of(0.5), List.of(1.25f),
            new Longs((1L << 53) + 1), new Ints(-1)).iterator(),
        0.5, 1.25, (double) ((1L << 53) + 1), -1, 1, 2, 4);
  }

  @Test
  void closingTheOuterGeneratorClosesTheDelegateFirst() {
    PrimitiveIterator.OfInt it = PrimitiveDelegationTemplatesGen.delegatingGuarded(log);
    assertEquals(0, it.nextInt());
    assertEquals(1, it.nextInt());
    assertEquals(List.of(), log);
    Coroutines.close(it);
    assertEquals(List.of("inner finally", "outer finally"), log);
    assertFalse(it.hasNext());
  }

  @Test
  void drainingTheDelegateRunsItsFinallyBeforeTheOuterOne() {
    assertInts(PrimitiveDelegationTemplatesGen.delegatingGuarded(log), 0, 1, 2);
    assertEquals(List.of("inner finally", "outer finally"), log);
  }
}
