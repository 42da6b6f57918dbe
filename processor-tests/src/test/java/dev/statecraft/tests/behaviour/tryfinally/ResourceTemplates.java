package dev.statecraft.tests.behaviour.tryfinally;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.List;

/** try-with-resources with yields inside, with JLS 14.20.3 semantics (reverse close, suppressed). */
class ResourceTemplates {
  @Generator
  static Iterable<String> twoResources(List<String> log) {
    try (Res a = Res.open("a", log); Res b = Res.open("b", log)) {
      yieldReturn("use " + a.name);
      log.add("between");
      yieldReturn("use " + b.name);
    }
    yieldReturn("after");
    return done();
  }

  /** The body fails after a yield; closing b fails too: b's failure is suppressed by the body's. */
  @Generator
  static Iterable<String> bodyAndCloseFail(List<String> log, RuntimeException bodyFailure, RuntimeException closeFailure) {
    try (Res a = Res.open("a", log); Res b = Res.failingOnClose("b", log, closeFailure)) {
      yieldReturn("use");
      throw bodyFailure;
    }
  }

  /** Only the close fails: its exception comes out after the body completed. */
  @Generator
  static Iterable<String> onlyCloseFails(List<String> log, RuntimeException closeFailure) {
    try (Res a = Res.failingOnClose("a", log, closeFailure)) {
      yieldReturn("use");
    }
    yieldReturn("not reached");
    return done();
  }

  /** A null resource is allowed and not closed. */
  @Generator
  static Iterable<String> nullResource(List<String> log) {
    try (Res none = null; Res a = Res.open("a", log)) {
      yieldReturn("none is " + none);
    }
    yieldReturn("after");
    return done();
  }

  /** The second resource fails to open: the first is closed, the body never runs. */
  @Generator
  static Iterable<String> secondFailsToOpen(List<String> log) {
    yieldReturn("before");
    try (Res a = Res.open("a", log); Res b = Res.failingToOpen("b", log)) {
      yieldReturn("body");
    }
    return done();
  }

  /** Java 9 form: an existing effectively final variable as the resource. */
  @Generator
  static Iterable<String> existingVariable(List<String> log) {
    Res r = Res.open("r", log);
    yieldReturn("opened");
    try (r) {
      yieldReturn("use " + r.name);
    }
    yieldReturn("after");
    return done();
  }

  /** The resource is closed before the catch and the finally run. */
  @Generator
  static Iterable<String> withCatchAndFinally(List<String> log) {
    try (Res r = Res.open("r", log)) {
      yieldReturn("use");
      throw new IllegalStateException("fail");
    } catch (IllegalStateException e) {
      yieldReturn("catch sees " + log);
    } finally {
      yieldReturn("finally");
    }
    return done();
  }

  /** A resource per iteration, each closed before the next opens. */
  @Generator
  static Iterable<String> perIteration(List<String> log, int n) {
    for (int i = 0; i < n; i++) {
      try (Res r = Res.open("r" + i, log)) {
        yieldReturn(r.name);
        if (i == 1) {
          continue;
        }
        yieldReturn(r.name + " again");
      }
    }
    return done();
  }
}
