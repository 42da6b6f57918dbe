package dev.statecraft.tests.behaviour.delegation;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldAll;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;

/**
 * yieldAll of a generated generator that is already started and is itself suspended inside a
 * yieldAll of its own: what it still has to hand on includes the rest of its own delegate.
 */
class StartedDelegateTemplates {
  @Generator
  static Iterable<Integer> around(Iterator<Integer> started) {
    yieldReturn(-1);
    yieldAll(started);
    yieldReturn(-2);
    return done();
  }

  /** Delegates to another generated generator, between two yields of its own. */
  @Generator
  static Iterator<Integer> overGenerated(int from, int to) {
    yieldReturn(100);
    yieldAll(YieldAllTemplatesGen.rangeIterator(from, to));
    yieldReturn(200);
    return done();
  }

  /** Delegates to a list, between two yields of its own. */
  @Generator
  static Iterator<Integer> overList(List<Integer> list) {
    yieldReturn(100);
    yieldAll(list);
    yieldReturn(200);
    return done();
  }

  @Generator
  static Iterator<String> guarded(Iterator<String> source, List<String> log) {
    try {
      yieldAll(source);
    } finally {
      log.add("inner finally");
    }
    return done();
  }

  @Generator
  static Iterable<String> aroundGuarded(Iterator<String> started, List<String> log) {
    try {
      yieldAll(started);
    } finally {
      log.add("outer finally");
    }
    return done();
  }
}
