package dev.statecraft.tests.behaviour.locals;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.ArrayList;
import java.util.List;

/**
 * Names reused in sibling scopes with other types, each copy live across a yield
 * (LOWERING.md: identity of a local is its element, never its name).
 */
class ScopeTemplates {
  @Generator
  static Iterable<String> siblingBlocks() {
    {
      int x = 1;
      yieldReturn("int " + x);
      x++;
      yieldReturn("int " + x);
    }
    {
      String x = "s";
      yieldReturn("string " + x);
      x += "!";
      yieldReturn("string " + x);
    }
    for (int i = 0; i < 2; i++) {
      long x = i * 10_000_000_000L;
      yieldReturn("long " + x);
      yieldReturn("long again " + x);
    }
    for (String x : List.of("p", "q")) {
      yieldReturn("each " + x);
      yieldReturn("each again " + x);
    }
    return done();
  }

  /** The two branches of an if declare {@code v} with different types. */
  @Generator
  static Iterable<String> branchLocals(boolean flag) {
    if (flag) {
      List<String> v = List.of("a", "b");
      yieldReturn(v.get(0));
      yieldReturn(String.valueOf(v.size()));
    } else {
      int[] v = {7, 8, 9};
      yieldReturn(String.valueOf(v[0]));
      yieldReturn(String.valueOf(v.length));
    }
    return done();
  }

  /** Arrow-switch arms declare the same name with different types. */
  @Generator
  static Iterable<String> arrowArms(int k) {
    switch (k) {
      case 1 -> {
        String v = "s";
        yieldReturn(v);
        yieldReturn(v + v);
      }
      case 2 -> {
        int v = 2;
        yieldReturn(String.valueOf(v));
        yieldReturn(String.valueOf(v * v));
      }
      default -> {
        List<String> v = List.of("l");
        yieldReturn(v.get(0));
        yieldReturn(v.toString());
      }
    }
    return done();
  }

  /** A local declared in a loop body is a new variable in each iteration. */
  @Generator
  static Iterable<String> freshPerIteration() {
    for (int i = 0; i < 3; i++) {
      List<Integer> perIteration = new ArrayList<>();
      perIteration.add(i);
      yieldReturn(perIteration.toString());
      perIteration.add(-i);
      yieldReturn(perIteration.toString());
    }
    return done();
  }

  /** Loop variables of consecutive loops share a name but not a type. */
  @Generator
  static Iterable<String> loopVariables() {
    for (int i = 0; i < 2; i++) {
      yieldReturn("i=" + i);
    }
    for (char i = 'a'; i < 'c'; i++) {
      yieldReturn("c=" + i);
    }
    for (double i = 0.5; i < 2; i += 1) {
      yieldReturn("d=" + i);
    }
    return done();
  }

  /** Nested loops reuse inner names; the outer ones stay intact. */
  @Generator
  static Iterable<String> nestedReuse() {
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        String cell = i + "" + j;
        yieldReturn(cell);
      }
      for (int j = 5; j < 6; j++) {
        int cell = i * 100 + j;
        yieldReturn("second " + cell);
      }
    }
    return done();
  }

  /** Pattern bindings of the same name and different types, each used after a yield. */
  @Generator
  static Iterable<String> bindings(List<Object> items) {
    for (Object o : items) {
      if (o instanceof String s) {
        yieldReturn("string");
        yieldReturn(s.toUpperCase());
      } else if (o instanceof Integer s) {
        yieldReturn("int");
        yieldReturn(String.valueOf(s + 1));
      } else {
        yieldReturn("other");
      }
    }
    return done();
  }
}
