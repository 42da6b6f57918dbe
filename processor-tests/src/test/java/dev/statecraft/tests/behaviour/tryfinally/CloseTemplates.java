package dev.statecraft.tests.behaviour.tryfinally;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Templates for closing a suspended generator (DESIGN.md, "Closing"): pending finally blocks run
 * innermost first, exactly once; catch clauses never run because of a close; nothing after the
 * suspension point runs except those finally blocks.
 */
class CloseTemplates {
  @Generator
  static Iterable<Integer> oneFinally(List<String> log) {
    log.add("start");
    try {
      yieldReturn(1);
      log.add("resumed after 1");
      yieldReturn(2);
    } finally {
      log.add("finally");
    }
    log.add("after");
    return done();
  }

  @Generator
  static Iterator<Integer> noTry(List<String> log) {
    yieldReturn(1);
    log.add("resumed");
    yieldReturn(2);
    return done();
  }

  @Generator
  static Iterable<Integer> threeFinallies(List<String> log) {
    try {
      try {
        try {
          yieldReturn(1);
        } finally {
          log.add("f1");
        }
      } finally {
        log.add("f2");
      }
    } finally {
      log.add("f3");
    }
    return done();
  }

  /** Only the finally blocks covering the suspension point are pending. */
  @Generator
  static Iterable<Integer> onlyCoveringFinallies(List<String> log) {
    try {
      yieldReturn(0);
    } finally {
      log.add("done already");
    }
    try {
      yieldReturn(1);
    } finally {
      log.add("pending");
    }
    return done();
  }

  /** Catch clauses never run because of a close, however broad. */
  @Generator
  static Iterable<Integer> catchesEverything(List<String> log) {
    try {
      yieldReturn(1);
    } catch (Throwable t) {
      log.add("catch " + t);
    } finally {
      log.add("finally");
    }
    return done();
  }

  /** Finally blocks that throw while closing: the outer ones still run. */
  @Generator
  static Iterable<Integer> throwingFinallies(List<String> log, RuntimeException inner, RuntimeException outer) {
    try {
      try {
        try {
          yieldReturn(1);
        } finally {
          log.add("inner");
          if (inner != null) {
            throw inner;
          }
        }
      } finally {
        log.add("middle");
      }
    } finally {
      log.add("outer");
      if (outer != null) {
        throw outer;
      }
    }
    return done();
  }

  /** A yieldReturn reached while closing: close() throws ISE, no catch sees it, no further finally runs. */
  @Generator
  static Iterable<Integer> yieldWhileClosing(List<String> log) {
    try {
      try {
        yieldReturn(1);
      } finally {
        log.add("inner start");
        try {
          yieldReturn(99);
        } catch (IllegalStateException e) {
          log.add("caught " + e);
        }
        log.add("inner end");
      }
    } finally {
      log.add("outer");
    }
    return done();
  }

  /** Suspended at a yield inside a finally: closing runs the rest of that finally, then the outer ones. */
  @Generator
  static Iterable<Integer> suspendedInFinally(List<String> log) {
    try {
      try {
        yieldReturn(1);
      } finally {
        log.add("inner start");
        yieldReturn(2);
        log.add("inner rest");
      }
      log.add("between");
    } finally {
      log.add("outer");
    }
    return done();
  }

  /** A jump out of a finally during a close ends the close there: nothing after the jump runs. */
  @Generator
  static Iterable<Integer> jumpOutOfFinally(List<String> log, String jump) {
    for (int i = 0; i < 3; i++) {
      try {
        yieldReturn(i);
      } finally {
        log.add("finally " + i);
        if (jump.equals("break")) {
          break;
        }
        if (jump.equals("continue")) {
          continue;
        }
        if (jump.equals("done")) {
          return done();
        }
      }
      log.add("after try " + i);
    }
    log.add("after loop");
    yieldReturn(-1);
    return done();
  }

  /** Resources pending at the suspension are closed by a close, in reverse order. */
  @Generator
  static Iterable<Integer> pendingResources(List<String> log) {
    try (Res a = Res.open("a", log); Res b = Res.open("b", log)) {
      yieldReturn(1);
      log.add("not reached");
    } finally {
      log.add("finally");
    }
    return done();
  }

  @Generator
  static Iterable<Integer> failingResources(List<String> log, RuntimeException first, RuntimeException second) {
    try (Res a = Res.failingOnClose("a", log, second); Res b = Res.failingOnClose("b", log, first)) {
      yieldReturn(1);
    }
    return done();
  }

  /** A Stream result: try-with-resources on the stream closes the generator. */
  @Generator
  static Stream<String> stream(List<String> log) {
    try {
      yieldReturn("a");
      yieldReturn("b");
    } finally {
      log.add("generator finally");
    }
    return done();
  }
}
