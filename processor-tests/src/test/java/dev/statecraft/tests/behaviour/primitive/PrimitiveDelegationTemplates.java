package dev.statecraft.tests.behaviour.primitive;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldAll;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * {@code yieldAll} in primitive generators (DESIGN.md: "In a primitive generator yieldAll accepts
 * boxed sources (Iterable<Integer>, ..., unboxed one by one) and, without boxing, another
 * generated generator of the same primitive type").
 */
class PrimitiveDelegationTemplates {
  /** A boxed list between two plain yields. */
  @Generator
  static IntStream framedList(List<Integer> values) {
    yieldReturn(-1);
    yieldAll(values);
    yieldReturn(-2);
    return done();
  }

  /** Boxed sources of narrower types: Short, Byte and Character convert to int as Java does. */
  @Generator
  static PrimitiveIterator.OfInt narrowerSources(List<Short> shorts, List<Byte> bytes,
      List<Character> chars) {
    yieldAll(shorts);
    yieldAll(bytes);
    yieldAll(chars);
    return done();
  }

  /** A boxed iterator and a boxed stream (closed when drained, as flatMap does). */
  @Generator
  static IntStream iteratorAndStream(Iterator<Integer> iterator, Stream<Integer> stream) {
    yieldAll(iterator);
    yieldAll(stream);
    yieldReturn(0);
    return done();
  }

  /** A null element fails at the yieldAll, where the template can catch it. */
  @Generator
  static PrimitiveIterator.OfInt nullTolerant(List<Integer> values) {
    try {
      yieldAll(values);
    } catch (NullPointerException e) {
      yieldReturn(-99);
    }
    yieldReturn(100);
    return done();
  }

  /** Another generated int generator, delegated to. */
  @Generator
  static IntStream twoRanges(int n) {
    yieldAll(PrimitiveTemplatesGen.range(0, n));
    yieldReturn(1000);
    yieldAll(PrimitiveTemplatesGen.range(n, 2 * n));
    return done();
  }

  /**
   * A generated IntStream, delegated to through its iterator (unboxed) and as a boxed stream. The
   * streams are held in locals: a call chained on a factory generated in the same round,
   * {@code PrimitiveTemplatesGen.squares(n).iterator()}, is spliced wrongly by the processor.
   */
  @Generator
  static PrimitiveIterator.OfInt squaresTwice(int n) {
    IntStream first = PrimitiveTemplatesGen.squares(n);
    yieldAll(first.iterator());
    IntStream second = PrimitiveTemplatesGen.squares(n);
    yieldAll(second.boxed());
    return done();
  }

  /** Recursive: n, then the countdown of n - 1, through generated OfInt generators. */
  @Generator
  static PrimitiveIterator.OfInt countdown(int n) {
    if (n > 0) {
      yieldReturn(n);
      yieldAll(PrimitiveDelegationTemplatesGen.countdown(n - 1));
    }
    return done();
  }

  /** Any primitive iterator, the test's own included: it must be read with nextInt(). */
  @Generator
  static IntStream relayInts(PrimitiveIterator.OfInt source) {
    yieldAll(source);
    return done();
  }

  /** Int sources widened into a long generator: a generated OfInt one and a boxed list. */
  @Generator
  static LongStream widenedSources(int n, List<Integer> ints, List<Long> longs) {
    yieldAll(PrimitiveTemplatesGen.range(0, n));
    yieldAll(ints);
    yieldAll(longs);
    return done();
  }

  @Generator
  static PrimitiveIterator.OfLong relayIntsAsLongs(PrimitiveIterator.OfInt source) {
    yieldAll(source);
    return done();
  }

  @Generator
  static PrimitiveIterator.OfLong relayLongs(PrimitiveIterator.OfLong source) {
    yieldAll(source);
    return done();
  }

  /** Double, long and int sources, boxed or primitive, into a double generator. */
  @Generator
  static DoubleStream mixedDoubles(List<Double> doubles, List<Float> floats,
      PrimitiveIterator.OfLong longs, PrimitiveIterator.OfInt ints) {
    yieldAll(doubles);
    yieldAll(floats);
    yieldAll(longs);
    yieldAll(ints);
    yieldAll(PrimitiveTemplatesGen.powersOfTwo(3));
    return done();
  }

  @Generator
  static PrimitiveIterator.OfDouble relayDoubles(PrimitiveIterator.OfDouble source) {
    yieldAll(source);
    return done();
  }

  /** Closing the outer generator while it delegates closes the inner one first. */
  @Generator
  static PrimitiveIterator.OfInt delegatingGuarded(List<String> log) {
    try {
      yieldReturn(0);
      yieldAll(PrimitiveDelegationTemplatesGen.innerGuarded(log));
    } finally {
      log.add("outer finally");
    }
    return done();
  }

  @Generator
  static PrimitiveIterator.OfInt innerGuarded(List<String> log) {
    try {
      yieldReturn(1);
      yieldReturn(2);
    } finally {
      log.add("inner finally");
    }
    return done();
  }

  /** Many elements through a generated delegate, for the allocation checks. */
  @Generator
  static PrimitiveIterator.OfInt bigRelay(int n) {
    yieldAll(PrimitiveTemplatesGen.big(n));
    return done();
  }

  @Generator
  static LongStream bigRelayAsLongs(int n) {
    yieldAll(PrimitiveTemplatesGen.big(n));
    return done();
  }
}
