package dev.statecraft.tests.behaviour.capture;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldAll;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * Lambdas, method references and anonymous classes created in a body, capturing locals that live
 * across yields. DESIGN.md: they capture "the value at the moment of capture, as Java does, not
 * the field's later value". A loop-body local is a new variable per iteration, so if the transform
 * hoists it into one field, a capture that reads the field would see only the last value.
 */
class CaptureTemplates {
  /** A per-iteration copy of the loop variable, captured by lambdas that run after the loop. */
  @Generator
  static Iterable<String> loopCopies(int n) {
    List<Supplier<String>> suppliers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int v = i;
      String label = "v" + v;
      suppliers.add(() -> label + "=" + v);
      yieldReturn("made " + suppliers.size());
    }
    for (Supplier<String> s : suppliers) {
      yieldReturn(s.get());
    }
    return done();
  }

  /** The enhanced-for variable itself is effectively final and may be captured directly. */
  @Generator
  static Iterable<String> forEachVariable(List<String> words) {
    List<Supplier<String>> suppliers = new ArrayList<>();
    for (String w : words) {
      suppliers.add(() -> w.toUpperCase());
      yieldReturn(w);
    }
    for (Supplier<String> s : suppliers) {
      yieldReturn(s.get());
    }
    return done();
  }

  /** Anonymous classes capturing per-iteration locals. */
  @Generator
  static Iterable<String> anonymous(int n) {
    List<Object> objects = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int square = i * i;
      objects.add(new Object() {
        @Override
        public String toString() {
          return "anon " + square;
        }
      });
      yieldReturn("made " + i);
    }
    for (Object o : objects) {
      yieldReturn(o.toString());
    }
    return done();
  }

  /** A lambda made before a yield and called after it; the captured local is also read directly. */
  @Generator
  static Iterable<Integer> capturedAndRead(int offset) {
    int base = offset * 10;
    IntUnaryOperator add = x -> x + base;
    yieldReturn(add.applyAsInt(1));
    yieldReturn(base);
    yieldReturn(add.applyAsInt(2));
    IntSupplier param = () -> offset;
    yieldReturn(param.getAsInt());
    return done();
  }

  /** A captured array is shared: the lambda mutates what the body reads after yields. */
  @Generator
  static Iterable<Integer> sharedArray() {
    int[] counter = {0};
    Runnable increment = () -> counter[0]++;
    increment.run();
    yieldReturn(counter[0]);
    increment.run();
    increment.run();
    yieldReturn(counter[0]);
    return done();
  }

  /** A bound method reference evaluates its receiver when it is created. */
  @Generator
  static Iterable<String> methodReferences() {
    StringBuilder sb = new StringBuilder("x");
    Consumer<String> append = sb::append;
    Supplier<String> show = sb::toString;
    yieldReturn(show.get());
    append.accept("y");
    yieldReturn(show.get());
    StringBuilder other = new StringBuilder("other");
    Supplier<String> showOther = other::toString;
    other.append("!");
    yieldReturn(showOther.get());
    append.accept("z");
    yieldReturn(sb.toString());
    return done();
  }

  /** Lambdas used within the body, reading locals and parameters that live across yields. */
  @Generator
  static Iterable<List<Integer>> lambdasInTheBody(List<Integer> items, int min) {
    List<Integer> kept = new ArrayList<>(items);
    int limit = min;
    kept.removeIf(x -> x < limit);
    yieldReturn(List.copyOf(kept));
    kept.sort((a, b) -> b - a);
    yieldReturn(List.copyOf(kept));
    List<Integer> doubled = new ArrayList<>();
    kept.forEach(x -> doubled.add(x * 2 + min));
    yieldReturn(doubled);
    return done();
  }

  /** An anonymous iterator with its own state, held in a local across yields. */
  @Generator
  static Iterable<Integer> anonymousIterator(int n) {
    Iterator<Integer> countdown = new Iterator<>() {
      int left = n;

      @Override
      public boolean hasNext() {
        return left > 0;
      }

      @Override
      public Integer next() {
        return left--;
      }
    };
    while (countdown.hasNext()) {
      yieldReturn(countdown.next());
    }
    return done();
  }

  /** A blank final assigned on two paths, read after a yield and captured afterwards. */
  @Generator
  static Iterable<String> blankFinal(boolean flag) {
    final String s;
    if (flag) {
      s = "a";
    } else {
      s = "b";
    }
    yieldReturn(s);
    Supplier<String> twice = () -> s + s;
    yieldReturn(twice.get());
    return done();
  }

  /** Lambdas in sibling scopes with parameters of the same name as locals elsewhere. */
  @Generator
  static Iterable<String> lambdaParameterNames(List<String> words) {
    for (int i = 0; i < 2; i++) {
      String x = words.get(i);
      yieldReturn(x);
    }
    List<String> upper = new ArrayList<>();
    words.forEach(x -> upper.add(x.toUpperCase()));
    yieldReturn(String.join("", upper));
    return done();
  }

  static <T> T keep(T value, List<IntSupplier> made, IntSupplier lambda) {
    return keep(made, lambda, value);
  }

  static <T> T keep(List<IntSupplier> made, IntSupplier lambda, T value) {
    made.add(lambda);
    return value;
  }

  /**
   * Lambdas created outside the statements the machine splices as written: in a yielded value,
   * a yieldAll source, a condition, a switch selector, a while condition. They capture {@code v},
   * a loop-body local kept in one field for every iteration, so they must capture a copy made
   * when they are created: the tests call them (recorded in {@code made}) after the loop.
   */
  @Generator
  static Iterable<Integer> outsideSplicedStatements(List<IntSupplier> made) {
    for (int i = 0; i < 3; i++) {
      int v = i * 10;
      yieldReturn(keep(made, () -> v, v));
      yieldAll(keep(made, () -> v + 1, List.of(v + 1)));
      if (keep(made, () -> v + 2, i < 2)) {
        yieldReturn(v + 2);
      }
      switch (keep(made, () -> v + 3, i)) {
        case 0 -> yieldReturn(v + 3);
        default -> { }
      }
      int n = 0;
      while (keep(made, () -> v + 4, n++ < 1)) {
        yieldReturn(v + 4);
      }
    }
    return done();
  }

  /**
   * A blank final assigned and captured by the same statement: the copy cannot be made before
   * it (the field still holds the previous iteration's value), so the assignment fills it.
   */
  @Generator
  static Iterable<Integer> blankAssignedWhereCaptured(List<IntSupplier> made) {
    for (int i = 0; i < 3; i++) {
      final int v;
      keep(v = i * 10, made, () -> v);
      yieldReturn(v);
      final int w;
      if (i % 2 == 0) {
        w = i;
        made.add(() -> w);
      } else {
        (w) = -i;
        made.add(() -> w * 2);
      }
      yieldReturn(w);
    }
    return done();
  }
}
