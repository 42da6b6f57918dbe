package dev.statecraft.tests.behaviour.protocol;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Templates that record every step of their body in {@code log}, so that a test can tell exactly
 * how far the body has run at each point of the consumer's calls (DESIGN.md: "Lazy: nothing of the
 * body runs until the first hasNext()/next() (or terminal stream op)").
 */
class LazinessTemplates {
  @Generator
  static Iterable<String> steps(List<String> log) {
    log.add("start");
    yieldReturn("a");
    log.add("after a");
    yieldReturn("b");
    log.add("end");
    return done();
  }

  @Generator
  static Iterator<String> stepsIterator(List<String> log) {
    log.add("start");
    yieldReturn("a");
    log.add("after a");
    yieldReturn("b");
    log.add("end");
    return done();
  }

  @Generator
  static Stream<String> stepsStream(List<String> log) {
    log.add("start");
    yieldReturn("a");
    log.add("after a");
    yieldReturn("b");
    log.add("end");
    return done();
  }

  /** Never ends: only a lazy consumer can use it. */
  @Generator
  static Stream<Integer> naturals(List<String> log) {
    for (int i = 0; ; i++) {
      log.add("make " + i);
      yieldReturn(i);
    }
  }
}
