package dev.statecraft.tests.behaviour.primitive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Drains primitive iterators through their primitive methods alone ({@code nextInt()} and so on,
 * never the boxed {@code next()}), and checks the end of the protocol as {@code Sequences} does:
 * {@code hasNext()} stays false and the next call throws {@link NoSuchElementException}.
 */
final class PrimitiveDrains {
  private PrimitiveDrains() {}

  static void assertInts(PrimitiveIterator.OfInt actual, int... expected) {
    IntStream.Builder seen = IntStream.builder();
    while (actual.hasNext()) {
      seen.add(actual.nextInt());
    }
    assertArrayEquals(expected, seen.build().toArray());
    assertFalse(actual.hasNext(), "hasNext() after the end");
    assertFalse(actual.hasNext(), "hasNext() is idempotent after the end");
    assertThrows(NoSuchElementException.class, actual::nextInt);
    assertThrows(NoSuchElementException.class, actual::next);
    assertFalse(actual.hasNext(), "nextInt() past the end does not revive the iterator");
  }

  static void assertLongs(PrimitiveIterator.OfLong actual, long... expected) {
    LongStream.Builder seen = LongStream.builder();
    while (actual.hasNext()) {
      seen.add(actual.nextLong());
    }
    assertArrayEquals(expected, seen.build().toArray());
    assertFalse(actual.hasNext(), "hasNext() after the end");
    assertThrows(NoSuchElementException.class, actual::nextLong);
    assertThrows(NoSuchElementException.class, actual::next);
    assertFalse(actual.hasNext(), "nextLong() past the end does not revive the iterator");
  }

  static void assertDoubles(PrimitiveIterator.OfDouble actual, double... expected) {
    DoubleStream.Builder seen = DoubleStream.builder();
    while (actual.hasNext()) {
      seen.add(actual.nextDouble());
    }
    // assertArrayEquals on double[] compares with Double.equals semantics: NaN equals NaN.
    assertArrayEquals(expected, seen.build().toArray());
    assertFalse(actual.hasNext(), "hasNext() after the end");
    assertThrows(NoSuchElementException.class, actual::nextDouble);
    assertThrows(NoSuchElementException.class, actual::next);
    assertFalse(actual.hasNext(), "nextDouble() past the end does not revive the iterator");
  }
}
