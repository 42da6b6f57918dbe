package dev.statecraft.tests.behaviour.primitive;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldAll;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Primitive streams into boxed generators: each element boxes as {@code yieldReturn} of the
 * primitive would ({@code int} to {@code Integer}, never to {@code Long}; decisions D17).
 */
class PrimitiveStreamIntoBoxedTemplates {
  @Generator
  static Iterable<Integer> boxedInts(IntStream source) {
    yieldReturn(-1);
    yieldAll(source);
    return done();
  }

  /** Each element boxes to its own type: Integer, Long, Double. */
  @Generator
  static Iterator<Object> objects(IntStream ints, LongStream longs, DoubleStream doubles) {
    yieldAll(ints);
    yieldAll(longs);
    yieldAll(doubles);
    return done();
  }

  @Generator
  static Stream<Number> numbers(int n) {
    yieldAll(IntStream.range(0, n));
    yieldAll(LongStream.of(1L << 40));
    return done();
  }
}
