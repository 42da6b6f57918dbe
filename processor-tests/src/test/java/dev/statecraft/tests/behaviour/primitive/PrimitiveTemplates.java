package dev.statecraft.tests.behaviour.primitive;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.io.IOException;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * One or more templates per primitive return type (DESIGN.md: {@code IntStream},
 * {@code LongStream}, {@code DoubleStream}, {@code PrimitiveIterator.OfInt/OfLong/OfDouble}), with
 * loops, int expressions, boxed values (unboxed by the generated code) and narrower types widened
 * into the element type.
 */
class PrimitiveTemplates {
  /** {@code from, from + 1, ..., to - 1}. */
  @Generator
  static PrimitiveIterator.OfInt range(int from, int to) {
    for (int i = from; i < to; i++) {
      yieldReturn(i);
    }
    return done();
  }

  /** The first {@code n} squares, as int expressions over a reassigned local. */
  @Generator
  static IntStream squares(int n) {
    int i = 0;
    while (i < n) {
      yieldReturn(i * i);
      i++;
    }
    return done();
  }

  /** Fibonacci numbers: locals live across suspensions. */
  @Generator
  static LongStream fib(int n) {
    long a = 0;
    long b = 1;
    for (int i = 0; i < n; i++) {
      yieldReturn(a);
      long t = a + b;
      a = b;
      b = t;
    }
    return done();
  }

  /** {@code Integer} values, unboxed into the int element; a null one fails as unboxing does. */
  @Generator
  static PrimitiveIterator.OfInt unboxed(List<Integer> values) {
    for (Integer value : values) {
      yieldReturn(value);
    }
    Integer last = values.isEmpty() ? Integer.valueOf(-1) : values.get(values.size() - 1);
    yieldReturn(last);
    return done();
  }

  /** Narrower primitives and a boxed one, widened into an int generator. */
  @Generator
  static IntStream narrowerInts() {
    byte b = 1;
    short s = 2;
    char c = 'A';
    Short boxedShort = 3;
    Character boxedChar = 'B';
    yieldReturn(b);
    yieldReturn(s);
    yieldReturn(c);
    yieldReturn(boxedShort);
    yieldReturn(boxedChar);
    return done();
  }

  /** int expressions, {@code Integer} and {@code Long} values into a long generator. */
  @Generator
  static PrimitiveIterator.OfLong widenedLongs(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i);
    }
    Integer boxedInt = 1 << 30;
    Long boxedLong = 1L << 40;
    yieldReturn(boxedInt);
    yieldReturn(boxedLong);
    yieldReturn(Integer.MAX_VALUE + 1L);
    yieldReturn('x');
    return done();
  }

  /** Halves, plus an int, a long, a float, a {@code Double} and an {@code Integer}. */
  @Generator
  static DoubleStream halves(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i / 2.0);
    }
    yieldReturn(7);
    yieldReturn(1L << 53);
    yieldReturn(0.25f);
    Double boxedDouble = Double.NaN;
    yieldReturn(boxedDouble);
    Integer boxedInt = -3;
    yieldReturn(boxedInt);
    return done();
  }

  @Generator
  static PrimitiveIterator.OfDouble powersOfTwo(int n) {
    double x = 1;
    do {
      yieldReturn(x);
      x *= 2;
    } while (--n > 0);
    return done();
  }

  /** Nested loops with a labelled continue and a switch, in a long generator. */
  @Generator
  static LongStream pairs(int n) {
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (j > i) {
          continue outer;
        }
        switch ((i + j) % 3) {
          case 0:
            yieldReturn(i * 100L + j);
            break;
          case 1:
            continue;
          default:
            yieldReturn(-(i * 100L + j));
        }
      }
    }
    return done();
  }

  /** Never ends: only a lazy consumer can use it. Records how far the body has run. */
  @Generator
  static IntStream naturals(List<String> log) {
    for (int i = 0; ; i++) {
      log.add("make " + i);
      yieldReturn(i);
    }
  }

  @Generator
  static DoubleStream loggedDoubles(List<String> log) {
    log.add("start");
    yieldReturn(1.5);
    log.add("after 1.5");
    yieldReturn(2.5);
    log.add("end");
    return done();
  }

  /** A body with a finally block, for closing. */
  @Generator
  static IntStream guarded(List<String> log, int n) {
    try {
      for (int i = 1; i <= n; i++) {
        log.add("yield " + i);
        yieldReturn(i);
      }
    } finally {
      log.add("finally");
    }
    return done();
  }

  @Generator
  static PrimitiveIterator.OfLong guardedLongs(List<String> log) {
    try {
      yieldReturn(1L);
      yieldReturn(2L);
    } finally {
      log.add("finally");
    }
    return done();
  }

  /** A checked exception from the body propagates unchanged. */
  @Generator
  static PrimitiveIterator.OfInt failing(int before) throws IOException {
    for (int i = 0; i < before; i++) {
      yieldReturn(i);
    }
    throw new IOException("disk on fire");
  }

  /** Many elements outside the Integer cache, for the allocation checks. */
  @Generator
  static PrimitiveIterator.OfInt big(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i + 1000);
    }
    return done();
  }

  @Generator
  static IntStream bigStream(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i + 1000);
    }
    return done();
  }

  @Generator
  static LongStream bigLongs(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i + 1000L);
    }
    return done();
  }

  @Generator
  static PrimitiveIterator.OfDouble bigDoubles(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i + 0.5);
    }
    return done();
  }
}
