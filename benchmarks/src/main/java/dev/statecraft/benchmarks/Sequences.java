package dev.statecraft.benchmarks;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.PrimitiveIterator;
import java.util.stream.IntStream;

/**
 * The templates under test: the integers {@code 0 .. n-1}, once per supported return-type family.
 * Code calls the generated {@code SequencesGen} factories.
 */
final class Sequences {
  private Sequences() {}

  @Generator
  static Iterable<Integer> range(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i);
    }
    return done();
  }

  @Generator
  static Iterator<Integer> rangeIterator(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i);
    }
    return done();
  }

  @Generator
  static PrimitiveIterator.OfInt rangeInt(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i);
    }
    return done();
  }

  @Generator
  static IntStream rangeIntStream(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i);
    }
    return done();
  }
}
