package dev.statecraft.tests.behaviour.primitive;

import static dev.statecraft.tests.behaviour.primitive.PrimitiveDrains.assertDoubles;
import static dev.statecraft.tests.behaviour.primitive.PrimitiveDrains.assertInts;
import static dev.statecraft.tests.behaviour.primitive.PrimitiveDrains.assertLongs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The elements primitive generators yield, consumed through their primitive iterators. */
class PrimitiveSequencesTest {
  @Test
  void intLoop() {
    assertInts(PrimitiveTemplatesGen.range(3, 7), 3, 4, 5, 6);
    assertInts(PrimitiveTemplatesGen.range(5, 5));
    assertInts(PrimitiveTemplatesGen.squares(5).iterator(), 0, 1, 4, 9, 16);
  }

  @Test
  void longLocalsAcrossSuspensions() {
    assertLongs(PrimitiveTemplatesGen.fib(10).iterator(), 0, 1, 1, 2, 3, 5, 8, 13, 21, 34);
    assertEquals(4660046610375530309L, PrimitiveTemplatesGen.fib(92).max().getAsLong(),
        "fib(91) needs a long local: an int one would overflow");
  }

  @Test
  void integerValuesAreUnboxed() {
    assertInts(PrimitiveTemplatesGen.unboxed(List.of(1, 200, -5_000_000)), 1, 200, -5_000_000,
        -5_000_000);
    assertInts(PrimitiveTemplatesGen.unboxed(List.of()), -1);
  }

  @Test
  void aNullIntegerFailsWhereItIsYielded() {
    PrimitiveIterator.OfInt it = PrimitiveTemplatesGen.unboxed(Arrays.asList(1, null, 3));
    assertEquals(1, it.nextInt());
    assertThrows(NullPointerException.class, it::hasNext, "unboxing null, as Java does");
    assertFalse(it.hasNext(), "done after the body threw");
  }

  @Test
  void narrowerTypesWidenIntoAnIntGenerator() {
    assertArrayEquals(new int[] {1, 2, 'A', 3, 'B'},
        PrimitiveTemplatesGen.narrowerInts().toArray());
  }

  @Test
  void intsAndBoxedValuesWidenIntoALongGenerator() {
    assertLongs(PrimitiveTemplatesGen.widenedLongs(3), 0, 1, 2, 1 << 30, 1L << 40,
        Integer.MAX_VALUE + 1L, 'x');
  }

  @Test
  void doubles() {
    assertDoubles(PrimitiveTemplatesGen.halves(3).iterator(), 0, 0.5, 1, 7, 1L << 53, 0.25,
        Double.NaN, -3);
    assertDoubles(PrimitiveTemplatesGen.powersOfTwo(4), 1, 2, 4, 8);
    assertDoubles(PrimitiveTemplatesGen.powersOfTwo(0), 1);
  }

  @Test
  void labelledContinueAndSwitchInALongGenerator() {
    LongStream.Builder expected = LongStream.builder();
    int n = 6;
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (j > i) {
          continue outer;
        }
        switch ((i + j) % 3) {
          case 0:
            expected.add(i * 100L + j);
            break;
          case 1:
            continue;
          default:
            expected.add(-(i * 100L + j));
        }
      }
    }
    assertArrayEquals(expected.build().toArray(), PrimitiveTemplatesGen.pairs(n).toArray());
  }

  @Test
  void theBoxedViewBoxesOnlyWhenAsked() {
    PrimitiveIterator.OfInt it = PrimitiveTemplatesGen.range(1000, 1003);
    Integer boxed = it.next();
    assertEquals(1000, boxed);
    assertEquals(1001, it.nextInt());
    List<Integer> rest = new ArrayList<>();
    it.forEachRemaining((java.util.function.Consumer<Integer>) rest::add);
    assertEquals(List.of(1002), rest);

    Iterator<Long> longs = PrimitiveTemplatesGen.widenedLongs(1);
    assertEquals(0L, longs.next());
    Iterator<Double> doubles = PrimitiveTemplatesGen.powersOfTwo(2);
    assertEquals(1.0, doubles.next());
    assertEquals(2.0, doubles.next());
    assertFalse(doubles.hasNext());
  }

  @Test
  void forEachRemainingWithPrimitiveConsumers() {
    PrimitiveIterator.OfInt ints = PrimitiveTemplatesGen.range(0, 5);
    assertEquals(0, ints.nextInt());
    int[] sum = {0};
    ints.forEachRemaining((int x) -> sum[0] += x);
    assertEquals(1 + 2 + 3 + 4, sum[0]);
    assertFalse(ints.hasNext());

    long[] longs = {0};
    PrimitiveTemplatesGen.widenedLongs(0).forEachRemaining((long x) -> longs[0] += x);
    assertEquals((1L << 30) + (1L << 40) + Integer.MAX_VALUE + 1L + 'x', longs[0]);

    double[] doubles = {0};
    PrimitiveTemplatesGen.powersOfTwo(3).forEachRemaining((double x) -> doubles[0] += x);
    assertEquals(7.0, doubles[0]);
  }

  @Test
  void hasNextIsIdempotentAndRemoveIsUnsupported() {
    PrimitiveIterator.OfInt it = PrimitiveTemplatesGen.range(0, 2);
    assertTrue(it.hasNext());
    assertTrue(it.hasNext());
    assertEquals(0, it.nextInt());
    assertThrows(UnsupportedOperationException.class, it::remove);
    assertEquals(1, it.nextInt());
    assertFalse(it.hasNext());
  }

  @Test
  void checkedExceptionsPropagateUnchanged() {
    PrimitiveIterator.OfInt it = PrimitiveTemplatesGen.failing(2);
    assertEquals(0, it.nextInt());
    assertEquals(1, it.nextInt());
    IOException thrown = assertThrows(IOException.class, it::nextInt);
    assertEquals("disk on fire", thrown.getMessage());
    assertFalse(it.hasNext());
  }

  @Test
  void eachFactoryCallIsItsOwnRun() {
    PrimitiveIterator.OfInt a = PrimitiveTemplatesGen.range(0, 3);
    PrimitiveIterator.OfInt b = PrimitiveTemplatesGen.range(0, 3);
    assertEquals(0, a.nextInt());
    assertEquals(1, a.nextInt());
    assertEquals(0, b.nextInt());
    assertEquals(2, a.nextInt());
    assertEquals(1, b.nextInt());
  }

  @Test
  void primitiveIteratorsAreAutoCloseable() {
    assertInstanceOf(AutoCloseable.class, PrimitiveTemplatesGen.range(0, 3));
    assertInstanceOf(AutoCloseable.class, PrimitiveTemplatesGen.widenedLongs(3));
    assertInstanceOf(AutoCloseable.class, PrimitiveTemplatesGen.powersOfTwo(3));
  }
}
