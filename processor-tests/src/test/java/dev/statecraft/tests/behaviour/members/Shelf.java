package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Templates in inner (non-static) classes of a generic type (DESIGN.md). The factory's receiver is
 * {@code Shelf<T>.Cursor}; the templates use only the inner class's own members, since the sibling
 * class cannot reach {@code Shelf.this}.
 */
class Shelf<T> {
  final List<T> items = new ArrayList<>();

  Shelf<T> add(T item) {
    items.add(item);
    return this;
  }

  class Cursor {
    final List<T> view;
    int from;

    Cursor(int from) {
      this.view = items;
      this.from = from;
    }

    @Generator
    Iterable<T> rest() {
      for (int i = from; i < view.size(); i++) {
        T item = view.get(i);
        yieldReturn(item);
        from = i + 1;
      }
      return done();
    }

    /** A method type parameter on top of the class's. */
    @Generator
    <R> Iterable<R> mapped(Function<? super T, ? extends R> f) {
      for (T t : view) {
        R r = f.apply(t);
        yieldReturn(r);
      }
      return done();
    }
  }

  /** A generic inner class of a generic class. */
  class Labeled<L> {
    final L label;

    Labeled(L label) {
      this.label = label;
    }

    @Generator
    Iterable<Map.Entry<L, T>> entries(List<T> values) {
      for (T v : values) {
        yieldReturn(Map.entry(label, v));
      }
      return done();
    }
  }
}
