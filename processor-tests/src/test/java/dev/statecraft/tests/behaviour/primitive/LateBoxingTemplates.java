package dev.statecraft.tests.behaviour.primitive;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldAll;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Boxed generators whose elements are all primitives boxed by {@code yieldReturn} (kept unboxed
 * until {@code next()}), and near misses that must keep their boxes as the template made them.
 */
class LateBoxingTemplates {
  /** Only {@code int} yields: the machine may store them unboxed. */
  @Generator
  static Iterable<Integer> ints(int n, List<String> log) {
    try {
      for (int i = 0; i < n; i++) {
        yieldReturn(i * 1000);
      }
    } finally {
      log.add("finally");
    }
    return done();
  }

  @Generator
  static Iterator<Long> longs(long from, int count) {
    for (int i = 0; i < count; i++) {
      yieldReturn(from + i);
    }
    return done();
  }

  @Generator
  static Iterator<Double> doubles(int count) {
    for (int i = 0; i < count; i++) {
      yieldReturn(i / 2.0);
    }
    return done();
  }

  /** One yield hands over an {@code Integer} object: its identity must survive. */
  @Generator
  static Iterable<Integer> chosenBox(Integer chosen) {
    yieldReturn(1);
    yieldReturn(chosen);
    return done();
  }

  @Generator
  static Iterator<Integer> withNull() {
    yieldReturn(1);
    yieldReturn(null);
    return done();
  }

  /** A delegated source may hand over null. */
  @Generator
  static Iterator<Integer> delegating() {
    yieldReturn(1);
    yieldAll(Arrays.asList(2, null));
    return done();
  }

  /** A stream of boxes stays a stream of boxes. */
  @Generator
  static Stream<Integer> stream(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i);
    }
    return done();
  }
}
