package dev.statecraft.tests.behaviour.protocol;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;
import java.util.PrimitiveIterator;

/**
 * Templates whose effect-free statements (assignments of primitive locals that cannot throw) the
 * processor runs early: before the suspension that precedes them, or when the generator is
 * created (decision D18). Each template also has code that must not move, next to code that does.
 */
class EarlyCodeTemplates {
  /** {@code i = 0} runs at creation, {@code i++} before each suspension. */
  @Generator
  static PrimitiveIterator.OfInt range(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i);
    }
    return done();
  }

  /** The division may throw: it stays where the template wrote it, on the first hasNext. */
  @Generator
  static Iterator<Integer> quotients(int a, int b) {
    int first = 0;
    int q = a / b;
    for (int i = first; i < 3; i++) {
      yieldReturn(q + i);
    }
    return done();
  }

  /** A parameter assigned before the loop: not a local, so not moved. */
  @Generator
  static Iterable<Integer> doubled(int n) {
    n = n * 2;
    int i = 0;
    while (i < n) {
      yieldReturn(i);
      i += 3;
    }
    return done();
  }

  /** A suspension inside try/finally keeps its resume code: closing runs the finally. */
  @Generator
  static Iterator<Integer> counted(List<String> log) {
    int count = 0;
    try {
      for (int i = 0; ; i++) {
        yieldReturn(i);
        count++;
      }
    } finally {
      log.add("count " + count);
    }
  }

  /** {@code continue} still reaches the update that the suspension also runs early. */
  @Generator
  static Iterable<Integer> skipping(int n) {
    for (int i = 0; i < n; i++) {
      if (i % 3 == 0) {
        continue;
      }
      yieldReturn(i);
    }
    return done();
  }

  /** Nested loops; a block with a Java local of its own moves as one block. */
  @Generator
  static Iterable<Long> fibonacciRows(int rows, int columns) {
    long a = 0;
    long b = 1;
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        yieldReturn(a);
        long next = a + b;
        a = b;
        b = next;
      }
    }
    return done();
  }

  /** A do-while at the start jumps back to its first state, which must stay in the machine. */
  @Generator
  static Iterable<Integer> countUp(int limit) {
    int x = 0;
    do {
      x++;
      yieldReturn(x);
    } while (x < limit);
    return done();
  }

  /** Effect-free code that overflows wraps as written, whenever it runs. */
  @Generator
  static Iterable<Integer> wrapping() {
    int x = Integer.MAX_VALUE - 1;
    while (true) {
      yieldReturn(x);
      x++;
      if (x == Integer.MIN_VALUE + 1) {
        return done();
      }
    }
  }

  /** A suspension in a catch block of a try without finally. */
  @Generator
  static Iterable<Integer> recovered(boolean fail) {
    try {
      if (fail) {
        throw new IllegalStateException("fail");
      }
      yieldReturn(-1);
    } catch (IllegalStateException e) {
      for (int i = 0; i < 3; i++) {
        yieldReturn(i);
      }
    }
    return done();
  }
}
