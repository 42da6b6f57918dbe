package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.List;

/** if/else in its shapes, with yields in some or all branches. */
class BranchTemplates {
  static boolean check(List<String> log, String what, boolean result) {
    log.add(what);
    return result;
  }

  /** An else-if chain, several yields per branch, a nested if, and code after the chain. */
  @Generator
  static Iterable<String> classify(int x) {
    if (x < 0) {
      yieldReturn("negative");
      yieldReturn("abs " + -x);
    } else if (x == 0) {
      yieldReturn("zero");
    } else if (x % 2 == 0) {
      yieldReturn("even");
      if (x > 10) {
        yieldReturn("big");
      }
      yieldReturn("even done");
    } else {
      yieldReturn("odd");
    }
    yieldReturn("end");
    return done();
  }

  /** Branches without braces, and the dangling else. */
  @Generator
  static Iterable<String> braceless(int x) {
    if (x > 0) yieldReturn("positive");
    else yieldReturn("not positive");
    if (x > 5)
      if (x > 10) yieldReturn("huge");
      else yieldReturn("medium");
    if (x % 3 == 0) yieldReturn("fizz");
    yieldReturn("end");
    return done();
  }

  /** A yield only in the else branch; the then-branch does plain work. */
  @Generator
  static Iterable<String> elseOnly(List<String> log, boolean flag) {
    if (check(log, "cond", flag)) {
      log.add("then");
    } else {
      yieldReturn("else");
      log.add("after else yield");
    }
    yieldReturn("end");
    return done();
  }

  /** Each condition is evaluated once, in order, only when reached. */
  @Generator
  static Iterable<String> conditionsEvaluatedOnce(List<String> log, int x) {
    if (check(log, "a", x == 1)) {
      yieldReturn("one");
    } else if (check(log, "b", x == 2)) {
      yieldReturn("two");
      log.add("after two");
    } else if (check(log, "c", x == 3) && check(log, "d", true)) {
      yieldReturn("three");
    }
    log.add("end");
    return done();
  }

  /** Conditional expressions in yield arguments, and branches on state changed across yields. */
  @Generator
  static Iterable<String> toggles(int n) {
    boolean on = false;
    for (int i = 0; i < n; i++) {
      yieldReturn(on ? "on" : "off");
      if (on) {
        on = false;
      } else if (i % 2 == 0) {
        on = true;
        yieldReturn("switched");
      }
    }
    return done();
  }
}
