package dev.statecraft.tests.behaviour.protocol;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One template per supported reference return type, with plain and wildcard element types. */
class ReturnTypeTemplates {
  /**
   * Reassigns its parameter: a second iterator() must still start from the original argument
   * (DESIGN.md: "every iterator() call starts a fresh, independent run from the original argument
   * values, even if an earlier run reassigned a parameter").
   */
  @Generator
  static Iterable<Integer> countdown(int n) {
    while (n > 0) {
      yieldReturn(n);
      n--;
    }
    return done();
  }

  /** Reassigns a reference parameter. */
  @Generator
  static Iterable<String> shrink(String word) {
    while (!word.isEmpty()) {
      yieldReturn(word);
      word = word.substring(1);
    }
    return done();
  }

  @Generator
  static Iterator<Character> letters(String word) {
    for (int i = 0; i < word.length(); i++) {
      yieldReturn(word.charAt(i));
    }
    return done();
  }

  @Generator
  static Stream<String> words(List<String> log) {
    log.add("start");
    yieldReturn("one");
    yieldReturn("two");
    yieldReturn("three");
    log.add("end");
    return done();
  }

  /** The element type of {@code ? extends Number} is Number. */
  @Generator
  static Iterable<? extends Number> mixedNumbers() {
    yieldReturn(1);
    yieldReturn(2.5);
    yieldReturn(3L);
    Number n = 4;
    yieldReturn(n);
    return done();
  }

  @Generator
  static Iterator<? extends CharSequence> mixedText() {
    yieldReturn("plain");
    yieldReturn(new StringBuilder("builder"));
    return done();
  }

  @Generator
  static Stream<? extends Number> numberStream(int n) {
    for (int i = 1; i <= n; i++) {
      yieldReturn(i * 1.5);
    }
    return done();
  }

  /** {@code ?} alone: the upper bound is Object, so anything may be yielded. */
  @Generator
  static Iterable<?> anything() {
    yieldReturn(1);
    yieldReturn("two");
    yieldReturn(List.of(3));
    return done();
  }

  /** Parameterized element types. */
  @Generator
  static Iterable<Map.Entry<String, List<Integer>>> entries(int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(Map.entry("k" + i, List.of(i, i * i)));
    }
    return done();
  }

  @Generator
  static Iterable<int[]> arrays(int n) {
    int[] row = new int[0];
    for (int i = 0; i < n; i++) {
      int[] next = new int[row.length + 1];
      System.arraycopy(row, 0, next, 0, row.length);
      next[row.length] = i;
      row = next;
      yieldReturn(row);
    }
    return done();
  }
}
