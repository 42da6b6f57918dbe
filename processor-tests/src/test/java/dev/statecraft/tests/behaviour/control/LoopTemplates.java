package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldAll;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;

/** while, do/while and basic for loops with yields in their bodies (and in a for update). */
class LoopTemplates {
  static boolean cond(List<String> log, String what, boolean value) {
    log.add(what);
    return value;
  }

  static int inc(List<String> log, int i) {
    log.add("inc " + i);
    return i + 1;
  }

  @Generator
  static Iterable<Integer> whileLoop(int n) {
    int i = 0;
    while (i < n) {
      yieldReturn(i);
      i++;
    }
    return done();
  }

  /** The condition runs before each iteration and after the body has resumed. */
  @Generator
  static Iterable<Integer> whileTrace(List<String> log) {
    int i = 0;
    while (cond(log, "cond " + i, i < 2)) {
      yieldReturn(i);
      log.add("resumed " + i);
      i++;
    }
    log.add("end");
    return done();
  }

  /** The body runs once before the condition is first checked. */
  @Generator
  static Iterable<Integer> doWhile(List<String> log, int n) {
    do {
      yieldReturn(n);
      n--;
    } while (cond(log, "cond " + n, n > 0));
    return done();
  }

  /** Several init and update expressions. */
  @Generator
  static Iterable<String> twoCounters() {
    for (int i = 0, j = 10; i < j; i += 3, j -= 2) {
      yieldReturn(i + ":" + j);
    }
    return done();
  }

  /** A for whose init is a list of expression statements over variables declared outside. */
  @Generator
  static Iterable<String> expressionInit() {
    int i;
    String s;
    for (i = 0, s = ""; i < 3; i++) {
      s += i;
      yieldReturn(s);
    }
    yieldReturn("i=" + i);
    return done();
  }

  /** A for without init and without update. */
  @Generator
  static Iterable<Integer> bareFor() {
    int i = 0;
    for (; i < 3; ) {
      yieldReturn(i);
      i += 1;
    }
    return done();
  }

  /** Condition, body and update in Java's order around a yield. */
  @Generator
  static Iterable<Integer> forTrace(List<String> log) {
    for (int i = 0; cond(log, "cond " + i, i < 2); i = inc(log, i)) {
      log.add("body " + i);
      yieldReturn(i);
      log.add("resumed " + i);
    }
    return done();
  }

  /** A yield in the update clause (DESIGN.md: suspension points inside for update clauses). */
  @Generator
  static Iterable<String> yieldInUpdate() {
    for (int i = 0; i < 3; i++, yieldReturn("update " + i)) {
      yieldReturn("body " + i);
    }
    yieldReturn("end");
    return done();
  }

  /** A yieldAll in the update clause, after a plain update expression. */
  @Generator
  static Iterable<String> yieldAllInUpdate() {
    for (int i = 0; i < 2; i++, yieldAll(List.of(i + "a", i + "b"))) {
      yieldReturn("body " + i);
    }
    return done();
  }

  /** The loop variable changed by the body. */
  @Generator
  static Iterable<Integer> skipAhead() {
    for (int i = 0; i < 10; i++) {
      yieldReturn(i);
      i += 2;
    }
    return done();
  }

  /** Only some iterations yield. */
  @Generator
  static Iterable<Integer> multiplesOf(int k, int limit) {
    for (int i = 1; i <= limit; i++) {
      if (i % k == 0) {
        yieldReturn(i);
      }
    }
    return done();
  }

  /** Braceless loop bodies. */
  @Generator
  static Iterable<Integer> braceless(int n) {
    for (int i = 0; i < n; i++) yieldReturn(i);
    while (n > 0) yieldReturn(n--);
    do yieldReturn(n++); while (n < 2);
    return done();
  }

  /** Three levels of loops, a yield at each level. */
  @Generator
  static Iterable<String> threeDeep() {
    for (int a = 0; a < 2; a++) {
      yieldReturn("a" + a);
      int b = 0;
      while (b < 2) {
        int c = 0;
        do {
          yieldReturn("a" + a + "b" + b + "c" + c);
          c++;
        } while (c < 2);
        b++;
        yieldReturn("b" + b);
      }
    }
    return done();
  }

  /** Many iterations that do not yield must not grow the stack or slow down. */
  @Generator
  static Iterable<Integer> sparse(int n, int every) {
    for (int i = 0; i < n; i++) {
      if (i % every == 0) {
        yieldReturn(i);
      }
    }
    return done();
  }

  /** A million yields in a loop. */
  @Generator
  static Iterator<Integer> many(int n) {
    int i = 0;
    while (i < n) {
      yieldReturn(i++);
    }
    return done();
  }
}
