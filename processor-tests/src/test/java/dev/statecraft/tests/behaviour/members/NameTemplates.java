package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;
import static java.lang.Math.max;
import static java.util.Map.entry;
import static java.util.Objects.requireNonNullElse;

import dev.statecraft.Generator;
import dev.statecraft.tests.behaviour.members.other.Entry;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Names: static imports, same-named types, nested types that hide JDK names, and parameters,
 * locals and templates named like the machinery a generator needs (DESIGN.md: "Generated names
 * never clash with the template's").
 */
class NameTemplates {
  enum State { IDLE, BUSY }

  /** Hides java.util.Objects in this file; the body uses both. */
  static final class Objects {
    static String describe(Object o) {
      return "desc:" + o;
    }
  }

  String label = "L";

  @Generator
  static Iterable<Integer> staticImports(List<Integer> xs) {
    int best = Integer.MIN_VALUE;
    for (int x : xs) {
      best = max(best, x);
      yieldReturn(best);
    }
    Integer missing = null;
    yieldReturn(requireNonNullElse(missing, -1));
    return done();
  }

  /** The imported Entry and java.util.Map.Entry side by side. */
  @Generator
  static Iterable<Entry> sameNamedTypes(Map<String, Integer> weights) {
    for (Map.Entry<String, Integer> e : weights.entrySet()) {
      Entry mine = new Entry(e.getKey(), e.getValue());
      yieldReturn(mine);
    }
    Map.Entry<String, Integer> jdk = entry("k", 1);
    yieldReturn(new Entry(jdk.getKey(), jdk.getValue()));
    return done();
  }

  @Generator
  static Iterable<String> nestedTypeHidingAJdkName(Object o) {
    yieldReturn(Objects.describe(o));
    yieldReturn(String.valueOf(java.util.Objects.hash(1)));
    State s = State.BUSY;
    yieldReturn(s.name());
    return done();
  }

  /** Parameters named like generated members, each read after a yield and reassigned. */
  @Generator
  static Iterable<String> parametersNamedLikeGeneratedCode(
      String self, int state, String current, boolean closing, Object delegate, String next, int hasNext, String $) {
    yieldReturn(self + state + current);
    state++;
    current = current + "!";
    yieldReturn(self + state + current + closing + delegate + next + hasNext + $);
    self = "s2";
    yieldReturn(self + state);
    return done();
  }

  /** Locals named like generated members, live across yields; a local named done beside done(). */
  @Generator
  static Iterable<String> localsNamedLikeGeneratedCode() {
    int state = 0;
    String current = "c";
    Object self = "me";
    boolean done = false;
    String resume = "r";
    int $ = 5;
    yieldReturn(state + current + self + done + resume + $);
    state = 7;
    done = true;
    yieldReturn(state + current + self + done + resume + $);
    if (done) {
      return done();
    }
    yieldReturn("not reached");
    return done();
  }

  /** An instance template with a parameter called self: the receiver must get another name. */
  @Generator
  Iterable<String> instanceWithSelfParameter(String self) {
    yieldReturn(self);
    yieldReturn(label + self);
    yieldReturn(this.label + "/" + self);
    return done();
  }

  /**
   * Labels named like ones generated code may use: an inner loop labelled {@code dispatch} that is
   * left by a {@code continue} to an outer loop, with a yield in the outer loop only.
   */
  @Generator
  static Iterable<Integer> labelsNamedLikeGeneratedCode(int limit) {
    outer:
    for (int n = 2; n < limit; n++) {
      dispatch:
      for (int d = 2; d * d <= n; d++) {
        if (n % d == 0) {
          continue outer;
        }
        if (d > 100) {
          break dispatch;
        }
      }
      resume:
      {
        yieldReturn(n);
        if (n > 5) {
          break resume;
        }
        yieldReturn(-n);
      }
    }
    return done();
  }

  /** A nested enum parameter named state. */
  @Generator
  static Iterable<State> toggle(State state, int times) {
    for (int i = 0; i < times; i++) {
      yieldReturn(state);
      state = state == State.IDLE ? State.BUSY : State.IDLE;
    }
    return done();
  }

  /** Overloaded templates: two factories of the same name, two machines. */
  @Generator
  static Iterable<Integer> range(int to) {
    for (int i = 0; i < to; i++) {
      yieldReturn(i);
    }
    return done();
  }

  @Generator
  static Iterable<Integer> range(int from, int to) {
    for (int i = from; i < to; i++) {
      yieldReturn(i);
    }
    return done();
  }

  /** Templates named like iterator and machine methods. */
  @Generator
  static Iterable<String> next(String s) {
    yieldReturn(s);
    yieldReturn(s + s);
    return done();
  }

  @Generator
  static Iterator<String> hasNext() {
    yieldReturn("hasNext");
    return done();
  }

  @Generator
  static Iterable<String> close() {
    yieldReturn("close");
    return done();
  }

  @Generator
  static Iterable<String> iterator() {
    yieldReturn("iterator");
    return done();
  }

  @Generator
  static Iterable<String> resume() {
    yieldReturn("resume");
    return done();
  }
}
