package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A generic enclosing type. DESIGN.md: its type parameters become type parameters of the factory,
 * before the method's own ({@code BoxGen.<T, U>pairWith(Box<T> self, List<U> us)}).
 */
class Box<T> {
  T value;
  final List<T> history = new ArrayList<>();

  Box(T value) {
    this.value = value;
  }

  void set(T next) {
    history.add(value);
    value = next;
  }

  @Generator
  Iterable<T> valueThenHistory() {
    yieldReturn(value);
    for (T old : history) {
      yieldReturn(old);
    }
    return done();
  }

  @Generator
  <R> Iterable<R> map(Function<? super T, ? extends R> f) {
    T current = value;
    yieldReturn(f.apply(current));
    for (T h : history) {
      R r = f.apply(h);
      yieldReturn(r);
    }
    return done();
  }

  @Generator
  <U> Iterable<Map.Entry<T, U>> pairWith(List<U> us) {
    for (U u : us) {
      yieldReturn(Map.entry(value, u));
    }
    return done();
  }

  /** A static generic template in a generic class. */
  @Generator
  static <S extends Comparable<S>> Iterable<S> ascending(List<S> xs) {
    List<S> sorted = new ArrayList<>(xs);
    sorted.sort(null);
    for (S s : sorted) {
      yieldReturn(s);
    }
    return done();
  }
}
