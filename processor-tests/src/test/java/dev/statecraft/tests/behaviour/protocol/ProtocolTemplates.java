package dev.statecraft.tests.behaviour.protocol;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Small templates for the iterator protocol of DESIGN.md ({@code hasNext}/{@code next}/{@code remove}). */
class ProtocolTemplates {
  /** The shortest generator: ends at once. */
  @Generator
  static Iterable<String> empty() {
    return done();
  }

  @Generator
  static Iterable<String> two(List<String> log) {
    log.add("run");
    yieldReturn("x");
    yieldReturn("y");
    return done();
  }

  /** {@code null} is an element like any other: hasNext() is true and next() returns null. */
  @Generator
  static Iterable<String> nulls() {
    yieldReturn(null);
    String none = null;
    yieldReturn(none);
    yieldReturn("last");
    return done();
  }

  /** Hands over the very objects it is given: elements are not copied. */
  @Generator
  static Iterable<Object> same(Object first, Object second) {
    yieldReturn(first);
    yieldReturn(second);
    return done();
  }

  /** Calls hasNext() on its own iterator while running (DESIGN.md: re-entry throws ISE). */
  @Generator
  static Iterator<Integer> reenterHasNext(AtomicReference<Iterator<Integer>> self) {
    yieldReturn(1);
    self.get().hasNext();
    yieldReturn(2);
    return done();
  }

  /** Re-enters before its first element. */
  @Generator
  static Iterator<Integer> reenterAtStart(AtomicReference<Iterator<Integer>> self) {
    self.get().next();
    yieldReturn(1);
    return done();
  }

  /** The ISE of a re-entry is an ordinary exception in the body: a catch that has no yield sees it. */
  @Generator
  static Iterator<Integer> reenterCaught(AtomicReference<Iterator<Integer>> self, List<String> log) {
    yieldReturn(1);
    try {
      self.get().next();
      log.add("re-entered");
    } catch (IllegalStateException e) {
      log.add("rejected");
    }
    yieldReturn(2);
    return done();
  }
}
