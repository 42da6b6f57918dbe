package dev.statecraft.tests.behaviour.primitive;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldAll;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * {@code yieldAll} of primitive streams ({@code IntStream}, {@code LongStream},
 * {@code DoubleStream}) into primitive generators: the elements pass unboxed, widen as Java's
 * assignment does (decisions D17), and the stream is closed when drained, failed or closed, as a
 * {@code Stream} source is. Every factory here is primitive ({@link NoBoxingTest} checks that).
 */
class PrimitiveStreamSourceTemplates {
  /** The natural spelling: an IntStream.range between two plain yields. */
  @Generator
  static IntStream framedRange(int n) {
    yieldReturn(-1);
    yieldAll(IntStream.range(0, n));
    yieldReturn(-2);
    return done();
  }

  /** Any IntStream, the test's own with onClose handlers included. */
  @Generator
  static PrimitiveIterator.OfInt relayInts(IntStream source) {
    yieldAll(source);
    yieldReturn(100);
    return done();
  }

  @Generator
  static LongStream relayLongs(LongStream source) {
    yieldAll(source);
    yieldReturn(100L);
    return done();
  }

  @Generator
  static PrimitiveIterator.OfDouble relayDoubles(DoubleStream source) {
    yieldAll(source);
    yieldReturn(100.5);
    return done();
  }

  /** A failing source fails at the yieldAll, where the template catches it. */
  @Generator
  static PrimitiveIterator.OfInt catchingInts(IntStream source) {
    try {
      yieldAll(source);
    } catch (IllegalStateException e) {
      yieldReturn(-99);
    }
    yieldReturn(100);
    return done();
  }

  /** int and long streams widened into a long generator, as {@code long x = i} does. */
  @Generator
  static PrimitiveIterator.OfLong widenedToLongs(IntStream ints, LongStream longs) {
    yieldAll(ints);
    yieldAll(longs);
    return done();
  }

  /** int, long and double streams into a double generator; long rounds as {@code double d = l}. */
  @Generator
  static DoubleStream widenedToDoubles(IntStream ints, LongStream longs, DoubleStream doubles) {
    yieldAll(ints);
    yieldAll(longs);
    yieldAll(doubles);
    return done();
  }

  /** A generated IntStream delegated to as a stream (no {@code .iterator()} needed). */
  @Generator
  static PrimitiveIterator.OfInt squaresAsStream(int n) {
    yieldAll(PrimitiveTemplatesGen.squares(n));
    yieldReturn(-1);
    return done();
  }

  /** Closing the outer generator closes the delegated stream, which closes its generator. */
  @Generator
  static PrimitiveIterator.OfInt outerOfGuardedStream(List<String> log) {
    try {
      yieldAll(PrimitiveStreamSourceTemplatesGen.guardedStream(log));
    } finally {
      log.add("outer finally");
    }
    return done();
  }

  @Generator
  static IntStream guardedStream(List<String> log) {
    try {
      yieldReturn(1);
      yieldReturn(2);
    } finally {
      log.add("inner finally");
    }
    return done();
  }

  /** Many elements of an IntStream.range, for the allocation checks (sum: see AllocationProbe). */
  @Generator
  static IntStream bigRangeRelay(int n) {
    yieldAll(IntStream.range(1000, 1000 + n));
    return done();
  }

  /** The same range widened into a long generator. */
  @Generator
  static LongStream bigRangeRelayAsLongs(int n) {
    yieldAll(IntStream.range(1000, 1000 + n));
    return done();
  }
}
