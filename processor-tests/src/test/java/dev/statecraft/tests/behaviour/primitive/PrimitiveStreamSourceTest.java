package dev.statecraft.tests.behaviour.primitive;

import static dev.statecraft.tests.behaviour.primitive.PrimitiveDrains.assertDoubles;
import static dev.statecraft.tests.behaviour.primitive.PrimitiveDrains.assertInts;
import static dev.statecraft.tests.behaviour.primitive.PrimitiveDrains.assertLongs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statecraft.runtime.Coroutines;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * {@code yieldAll(IntStream)}, {@code yieldAll(LongStream)}, {@code yieldAll(DoubleStream)}:
 * the elements, in order and widened as Java's assignment does; the source stream closed when it
 * is drained, when it fails and when the generator is closed (its {@code onClose} handlers are
 * the witness); and primitive streams into boxed generators. That no element boxes on the way is
 * {@link NoBoxingTest}'s part.
 */
class PrimitiveStreamSourceTest {
  private final List<String> log = new ArrayList<>();

  private IntStream logged(IntStream stream) {
    return stream.onClose(() -> log.add("stream closed"));
  }

  @Test
  void anIntStreamRangeBetweenTwoYields() {
    assertInts(PrimitiveStreamSourceTemplatesGen.framedRange(3).iterator(), -1, 0, 1, 2, -2);
    assertInts(PrimitiveStreamSourceTemplatesGen.framedRange(0).iterator(), -1, -2);
    assertEquals(-1 + 0 + 1 + 2 + 3 - 2, PrimitiveStreamSourceTemplatesGen.framedRange(4).sum());
  }

  @Test
  void eachKindRelayedInOrder() {
    assertInts(PrimitiveStreamSourceTemplatesGen.relayInts(IntStream.of(7, -8, 70_000)),
        7, -8, 70_000, 100);
    assertLongs(PrimitiveStreamSourceTemplatesGen.relayLongs(LongStream.of(1L << 40, -1))
        .iterator(), 1L << 40, -1, 100);
    assertDoubles(PrimitiveStreamSourceTemplatesGen.relayDoubles(DoubleStream.of(0.25, Double.NaN)),
        0.25, Double.NaN, 100.5);
    assertInts(PrimitiveStreamSourceTemplatesGen.relayInts(IntStream.empty()), 100);
  }

  @Test
  void aStreamPipelineIsPulledLazily() {
    List<Integer> pulled = new ArrayList<>();
    PrimitiveIterator.OfInt it = PrimitiveStreamSourceTemplatesGen.relayInts(
        IntStream.iterate(1, i -> i * 2).peek(pulled::add));
    assertEquals(1, it.nextInt());
    assertEquals(2, it.nextInt());
    assertEquals(4, it.nextInt());
    assertTrue(pulled.size() <= 4, "an infinite stream pulled ahead: " + pulled);
    Coroutines.close(it);
  }

  @Test
  void theStreamIsClosedWhenDrainedBeforeTheGeneratorResumes() {
    PrimitiveIterator.OfInt it =
        PrimitiveStreamSourceTemplatesGen.relayInts(logged(IntStream.of(1, 2)));
    assertEquals(1, it.nextInt());
    assertEquals(2, it.nextInt());
    assertEquals(List.of(), log, "closed before its end was seen");
    assertEquals(100, it.nextInt());
    assertEquals(List.of("stream closed"), log);
    assertFalse(it.hasNext());
    assertEquals(List.of("stream closed"), log, "closed once");
  }

  @Test
  void longAndDoubleStreamsAreClosedWhenDrainedToo() {
    PrimitiveIterator.OfLong longs = PrimitiveStreamSourceTemplatesGen.relayLongs(
        LongStream.of(5).onClose(() -> log.add("longs closed"))).iterator();
    assertEquals(5, longs.nextLong());
    assertEquals(100, longs.nextLong());
    PrimitiveIterator.OfDouble doubles = PrimitiveStreamSourceTemplatesGen.relayDoubles(
        DoubleStream.of(5).onClose(() -> log.add("doubles closed")));
    assertEquals(5.0, doubles.nextDouble());
    assertEquals(100.5, doubles.nextDouble());
    assertEquals(List.of("longs closed", "doubles closed"), log);
  }

  @Test
  void closingTheGeneratorClosesThePendingStream() {
    PrimitiveIterator.OfInt it =
        PrimitiveStreamSourceTemplatesGen.relayInts(logged(IntStream.range(0, 10)));
    assertEquals(0, it.nextInt());
    assertEquals(List.of(), log);
    Coroutines.close(it);
    assertEquals(List.of("stream closed"), log);
    assertFalse(it.hasNext());
    Coroutines.close(it);
    assertEquals(List.of("stream closed"), log, "closed once");
  }

  @Test
  void closingTheResultStreamClosesTheSourceStream() {
    try (LongStream result = PrimitiveStreamSourceTemplatesGen.relayLongs(
        LongStream.range(0, 10).onClose(() -> log.add("source closed")))) {
      assertEquals(0 + 1 + 2, result.limit(3).sum());
      assertEquals(List.of(), log);
    }
    assertEquals(List.of("source closed"), log);
  }

  @Test
  void aFailingStreamIsClosedAndItsFailureCaughtAtTheYieldAll() {
    IntStream failing = logged(IntStream.range(0, 5).map(i -> {
      if (i == 2) {
        throw new IllegalStateException("source failed at " + i);
      }
      return i;
    }));
    assertInts(PrimitiveStreamSourceTemplatesGen.catchingInts(failing), 0, 1, -99, 100);
    assertEquals(List.of("stream closed"), log);
  }

  @Test
  void anUncaughtFailureOfTheStreamComesOutOfHasNextAndClosesIt() {
    IntStream failing = logged(IntStream.range(0, 5).map(i -> {
      if (i == 1) {
        throw new UnsupportedOperationException("source failed");
      }
      return i;
    }));
    PrimitiveIterator.OfInt it = PrimitiveStreamSourceTemplatesGen.relayInts(failing);
    assertEquals(0, it.nextInt());
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, it::hasNext);
    assertEquals("source failed", e.getMessage());
    assertEquals(List.of("stream closed"), log);
    assertFalse(it.hasNext(), "done after the failure");
  }

  @Test
  void aNullStreamFailsAtTheYieldAll() {
    PrimitiveIterator.OfInt it = PrimitiveStreamSourceTemplatesGen.relayInts(null);
    NullPointerException e = assertThrows(NullPointerException.class, it::hasNext);
    assertEquals("yieldAll source is null", e.getMessage());
  }

  @Test
  void intAndLongStreamsWidenIntoALongGenerator() {
    assertLongs(PrimitiveStreamSourceTemplatesGen.widenedToLongs(
            IntStream.of(Integer.MIN_VALUE, -1, Integer.MAX_VALUE), LongStream.of(1L << 40)),
        Integer.MIN_VALUE, -1, Integer.MAX_VALUE, 1L << 40);
  }

  @Test
  void intLongAndDoubleStreamsWidenIntoADoubleGeneratorAsJavaDoes() {
    long big = (1L << 53) + 1; // not representable as a double: rounds as `double d = big` does
    double expectedBig = big;
    assertEquals(1L << 53, (long) expectedBig, "the conversion under test rounds");
    assertDoubles(PrimitiveStreamSourceTemplatesGen.widenedToDoubles(
            IntStream.of(-3), LongStream.of(big), DoubleStream.of(0.5)).iterator(),
        -3.0, expectedBig, 0.5);
  }

  @Test
  void widenedSourcesAreClosedToo() {
    PrimitiveIterator.OfLong it = PrimitiveStreamSourceTemplatesGen.widenedToLongs(
        IntStream.of(1).onClose(() -> log.add("ints closed")),
        LongStream.of(2).onClose(() -> log.add("longs closed")));
    assertEquals(1, it.nextLong());
    assertEquals(List.of(), log);
    assertEquals(2, it.nextLong());
    assertEquals(List.of("ints closed"), log);
    assertFalse(it.hasNext());
    assertEquals(List.of("ints closed", "longs closed"), log);
  }

  @Test
  void aGeneratedIntStreamDelegatedToAsAStream() {
    assertInts(PrimitiveStreamSourceTemplatesGen.squaresAsStream(4), 0, 1, 4, 9, -1);
  }

  @Test
  void closingTheOuterGeneratorClosesTheDelegatedGeneratedStream() {
    PrimitiveIterator.OfInt it = PrimitiveStreamSourceTemplatesGen.outerOfGuardedStream(log);
    assertEquals(1, it.nextInt());
    Coroutines.close(it);
    assertEquals(List.of("inner finally", "outer finally"), log);
  }

  @Test
  void aDrainedGeneratedStreamRunsItsFinallyBeforeTheOuterResumes() {
    assertInts(PrimitiveStreamSourceTemplatesGen.outerOfGuardedStream(log), 1, 2);
    assertEquals(List.of("inner finally", "outer finally"), log);
  }

  @Test
  void anIntStreamIntoABoxedIntegerGeneratorBoxesToInteger() {
    List<Integer> values = new ArrayList<>();
    for (Integer value : PrimitiveStreamIntoBoxedTemplatesGen.boxedInts(logged(
        IntStream.of(5, 1000)))) {
      values.add(value);
    }
    assertEquals(List.of(-1, 5, 1000), values);
    assertEquals(List.of("stream closed"), log);
    // Boxed as yieldReturn(int) would: Integer.valueOf, so the cached small boxes are shared.
    Iterator<Integer> it = PrimitiveStreamIntoBoxedTemplatesGen.boxedInts(IntStream.of(7))
        .iterator();
    it.next();
    assertSame(Integer.valueOf(7), it.next());
  }

  @Test
  void eachKindBoxesToItsOwnBoxInAnObjectGenerator() {
    Iterator<Object> it = PrimitiveStreamIntoBoxedTemplatesGen.objects(
        IntStream.of(1), LongStream.of(1), DoubleStream.of(1));
    List<Object> values = new ArrayList<>();
    it.forEachRemaining(values::add);
    assertEquals(List.of(1, 1L, 1.0), values);
    assertEquals(List.of(Integer.class, Long.class, Double.class),
        values.stream().map(Object::getClass).collect(Collectors.toList()));
  }

  @Test
  void primitiveStreamsIntoANumberStream() {
    assertEquals(List.of(0, 1, 2, 1L << 40),
        PrimitiveStreamIntoBoxedTemplatesGen.numbers(3).collect(Collectors.toList()));
  }

  @Test
  void closingABoxedGeneratorClosesThePendingPrimitiveStream() {
    Iterator<Integer> it = PrimitiveStreamIntoBoxedTemplatesGen.boxedInts(
        logged(IntStream.range(0, 10))).iterator();
    assertEquals(-1, it.next());
    assertEquals(0, it.next());
    Coroutines.close(it);
    assertEquals(List.of("stream closed"), log);
  }
}
