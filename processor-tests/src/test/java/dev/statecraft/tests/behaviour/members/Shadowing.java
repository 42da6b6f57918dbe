package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.List;

/**
 * A method type parameter that shadows the class's ({@code <T>} in {@code Shadowing<T>}): legal
 * Java; the factory gains both, so one of them needs another name.
 */
class Shadowing<T> {
  final T value;

  Shadowing(T value) {
    this.value = value;
  }

  @Generator
  <T> Iterable<Object> both(T other, List<T> more) {
    yieldReturn(value);
    T o = other;
    yieldReturn(o);
    for (T m : more) {
      yieldReturn(m);
    }
    return done();
  }
}
