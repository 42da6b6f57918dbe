package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;

/** Varargs templates: the factory is varargs too. */
class VarargsTemplates {
  String prefix = "p";

  @Generator
  static Iterable<String> each(String... items) {
    yieldReturn("count " + items.length);
    for (String s : items) {
      yieldReturn(s);
    }
    return done();
  }

  @Generator
  static Iterable<Integer> sums(int first, int... rest) {
    int sum = first;
    yieldReturn(sum);
    for (int r : rest) {
      sum += r;
      yieldReturn(sum);
    }
    return done();
  }

  @SafeVarargs
  @Generator
  static <T> Iterable<T> of(T... xs) {
    for (int i = 0; i < xs.length; i++) {
      yieldReturn(xs[i]);
    }
    return done();
  }

  @Generator
  Iterable<String> joined(String separator, Object... parts) {
    String acc = prefix;
    for (Object p : parts) {
      acc = acc + separator + p;
      yieldReturn(acc);
    }
    return done();
  }
}
