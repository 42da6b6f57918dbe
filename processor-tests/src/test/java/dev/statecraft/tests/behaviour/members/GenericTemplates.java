package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** Generic template methods: type variables as element types and as types of hoisted locals. */
class GenericTemplates {
  @Generator
  static <T> Iterable<T> repeat(T x, int n) {
    for (int i = 0; i < n; i++) {
      yieldReturn(x);
    }
    return done();
  }

  /** Merges two sorted iterators; locals of type T (nullable) live across yields. */
  @Generator
  static <T extends Comparable<? super T>> Iterable<T> merge(Iterator<T> a, Iterator<T> b) {
    T x = a.hasNext() ? a.next() : null;
    T y = b.hasNext() ? b.next() : null;
    while (x != null || y != null) {
      if (y == null || (x != null && x.compareTo(y) <= 0)) {
        yieldReturn(x);
        x = a.hasNext() ? a.next() : null;
      } else {
        yieldReturn(y);
        y = b.hasNext() ? b.next() : null;
      }
    }
    return done();
  }

  @Generator
  static <K, V> Iterable<Map.Entry<K, V>> entries(Map<K, V> map) {
    for (Map.Entry<K, V> e : map.entrySet()) {
      yieldReturn(e);
    }
    return done();
  }

  @Generator
  static <T> Iterable<List<T>> windows(List<T> xs, int size) {
    List<T> window = new ArrayList<>();
    for (T x : xs) {
      window.add(x);
      if (window.size() > size) {
        window.remove(0);
      }
      if (window.size() == size) {
        yieldReturn(List.copyOf(window));
      }
    }
    return done();
  }

  @Generator
  static <T, R> Stream<R> mapLazily(Iterable<T> source, Function<? super T, ? extends R> f, List<String> log) {
    for (T t : source) {
      log.add("map " + t);
      yieldReturn(f.apply(t));
    }
    return done();
  }

  /** An intersection bound. */
  @Generator
  static <N extends Number & Comparable<N>> Iterable<N> runningMax(List<N> xs) {
    N best = null;
    for (N x : xs) {
      if (best == null || x.compareTo(best) > 0) {
        best = x;
      }
      yieldReturn(best);
    }
    return done();
  }

  @Generator
  static <T> Iterable<T> reversed(T[] array) {
    for (int i = array.length - 1; i >= 0; i--) {
      yieldReturn(array[i]);
    }
    return done();
  }

  /** Wildcard parameters feeding a T element type. */
  @Generator
  static <T> Iterator<T> interleave(List<? extends T> a, List<? extends T> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      if (i < a.size()) {
        yieldReturn(a.get(i));
      }
      if (i < b.size()) {
        yieldReturn(b.get(i));
      }
    }
    return done();
  }

  @Generator
  static <E extends Enum<E>> Iterable<E> constants(Class<E> type) {
    for (E e : type.getEnumConstants()) {
      yieldReturn(e);
    }
    return done();
  }
}
