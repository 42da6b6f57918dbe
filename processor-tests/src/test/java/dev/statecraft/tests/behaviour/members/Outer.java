package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;

/**
 * Templates in nested types. DESIGN.md: {@code p.Outer.Inner} gets {@code p.Outer_InnerGen}
 * ({@code p.A_B_CGen} for {@code p.A.B.C}), and a nested type's template reaches static members of
 * outer types by simple name.
 */
class Outer {
  static final String PREFIX = "outer:";
  static int counter;
  static String name = "outer-name";

  static String decorate(String s) {
    return "[" + s + "]";
  }

  enum Mode { UP, DOWN }

  static class Inner {
    int base;

    Inner(int base) {
      this.base = base;
    }

    /** Static members of Outer by simple name; a non-constant static field changed between yields. */
    @Generator
    static Iterable<String> fromStatic(int n) {
      for (int i = 0; i < n; i++) {
        counter++;
        yieldReturn(PREFIX + decorate(String.valueOf(i)) + counter);
      }
      return done();
    }

    /** An instance template of a nested class using its own field, Outer's statics and a sibling enum. */
    @Generator
    Iterable<String> fromInstance(Mode mode) {
      yieldReturn(PREFIX + base);
      switch (mode) {
        case UP -> base++;
        case DOWN -> base--;
      }
      yieldReturn(decorate("" + base));
      yieldReturn(name);
      return done();
    }

    static class Deeper {
      /** Three levels: Outer_Inner_DeeperGen. */
      @Generator
      static Iterable<String> deep() {
        yieldReturn(name);
        yieldReturn(decorate(PREFIX));
        yieldReturn(Mode.DOWN.name());
        return done();
      }
    }
  }

  /** Declares members that hide Outer's: the simple names must resolve to these. */
  static class Shadowing {
    static String name = "shadowing-name";

    static String decorate(String s) {
      return "{" + s + "}";
    }

    @Generator
    static Iterable<String> names() {
      yieldReturn(name);
      yieldReturn(decorate("x"));
      yieldReturn(Outer.name);
      yieldReturn(Outer.decorate("y"));
      return done();
    }
  }

  interface Api {
    @Generator
    static Iterable<String> api() {
      yieldReturn(PREFIX + "api");
      return done();
    }
  }

  /** Templates in an enum: an instance one on the constant, a static one using values(). */
  enum Level {
    LOW,
    MEDIUM,
    HIGH;

    @Generator
    Iterable<String> describe() {
      yieldReturn(name());
      yieldReturn(String.valueOf(ordinal()));
      yieldReturn(this == HIGH ? "top" : "not top");
      return done();
    }

    @Generator
    static Iterable<Level> upFrom(Level start) {
      for (Level l : values()) {
        if (l.compareTo(start) >= 0) {
          yieldReturn(l);
        }
      }
      return done();
    }
  }

  /** A record's template uses the accessors (its fields are private). */
  record Point(int x, int y) {
    @Generator
    Iterable<Integer> coordinates() {
      yieldReturn(x());
      yieldReturn(y());
      yieldReturn(this.x() + y());
      return done();
    }
  }
}
