package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.List;
import java.util.function.Function;

/** A generic interface with default-method templates: {@code SourceGen.<T>twice(Source<T> self)}. */
interface Source<T> {
  List<T> items();

  @Generator
  default Iterable<T> twice() {
    for (T t : items()) {
      yieldReturn(t);
      yieldReturn(t);
    }
    return done();
  }

  @Generator
  default <R> Iterable<R> mapped(Function<? super T, R> f) {
    List<T> all = items();
    for (int i = 0; i < all.size(); i++) {
      yieldReturn(f.apply(all.get(i)));
    }
    return done();
  }
}
