package dev.statecraft.tests.behaviour.protocol;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Stream results, whose machine the stream creates when its terminal operation starts
 * (MachineSpliterator): each logs its start, its elements and its finally block.
 */
class StreamTemplates {
  @Generator
  static IntStream ints(int n, List<String> log) {
    log.add("start");
    try {
      for (int i = 0; i < n; i++) {
        yieldReturn(i);
      }
    } finally {
      log.add("finally");
    }
    return done();
  }

  @Generator
  static Stream<String> words(int n, List<String> log) {
    log.add("start");
    try {
      for (int i = 0; i < n; i++) {
        yieldReturn("w" + i);
      }
    } finally {
      log.add("finally");
    }
    return done();
  }

  @Generator
  static LongStream longs(int n) {
    for (long i = 0; i < n; i++) {
      yieldReturn(i * 1_000_000_000L);
    }
    return done();
  }

  @Generator
  static DoubleStream halves(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i / 2.0);
    }
    return done();
  }

  /** Fails after {@code n} elements. */
  @Generator
  static IntStream failing(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i);
    }
    throw new IllegalStateException("body failed");
  }
}
