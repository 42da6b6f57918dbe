package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Primitive and wildcard element types, and yieldAll of every source kind. */
class Primitives {
  @Generator
  static IntStream ints(int n, List<String> log) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i * 3);
      if (i == 2) yieldAll(List.of(-1, -2));
    }
    return done();
  }

  @Generator
  static IntStream chars(String s, List<String> log) {
    for (char c : s.toCharArray()) yieldReturn(c);
    return done();
  }

  @Generator
  static PrimitiveIterator.OfLong longs(int n, List<String> log) {
    long acc = 1;
    for (int i = 0; i < n; i++) {
      acc *= 3;
      yieldReturn(acc);
      yieldReturn(i);
    }
    return done();
  }

  @Generator
  static DoubleStream doubles(int n, List<String> log) {
    double d = 0.5;
    while (d < n) {
      yieldReturn(d);
      d *= 2;
    }
    yieldReturn(1);
    return done();
  }

  @Generator
  static Iterable<? extends Number> wildcard(int n, List<String> log) {
    yieldReturn(n);
    yieldReturn(2L * n);
    yieldReturn(0.5 * n);
    return done();
  }

  @Generator
  static Iterable<Integer> sources(int n, List<String> log) {
    yieldAll(List.of(1, 2));
    log.add("after list");
    yieldAll(IntStream.range(0, n).boxed().onClose(() -> log.add("stream closed")));
    yieldAll(List.of(7, 8, 9).iterator());
    yieldAll(List.<Integer>of());
    for (int i = 0; i < n; i++) yieldAll(List.of(i, i));
    yieldAll(Stream.of(4, 2, 0, 1).map(x -> 8 / x));
    log.add("not reached");
    return done();
  }
}
