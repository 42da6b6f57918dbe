package dev.statecraft.tests.behaviour.tryfinally;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.List;

/** finally blocks on every exit (LOWERING.md: pending completions), with yields inside them. */
class FinallyTemplates {
  /** Yields in the finally, on normal completion and when an exception passes through. */
  @Generator
  static Iterable<String> yieldInFinally(List<String> log, RuntimeException failure) {
    try {
      yieldReturn("try");
      if (failure != null) {
        throw failure;
      }
    } finally {
      log.add("finally");
      yieldReturn("finally 1");
      yieldReturn("finally 2");
    }
    yieldReturn("after");
    return done();
  }

  /** break and continue through a finally that yields. */
  @Generator
  static Iterable<String> jumpsThroughFinally() {
    for (int i = 0; i < 4; i++) {
      try {
        if (i == 1) {
          continue;
        }
        if (i == 3) {
          break;
        }
        yieldReturn("body " + i);
      } finally {
        yieldReturn("finally " + i);
      }
    }
    yieldReturn("end");
    return done();
  }

  /** A labelled break through two finally blocks, innermost first. */
  @Generator
  static Iterable<String> labelledBreakThroughTwoFinallies() {
    outer:
    for (int i = 0; i < 3; i++) {
      try {
        for (int j = 0; j < 3; j++) {
          try {
            yieldReturn(i + "" + j);
            if (i == 1 && j == 1) {
              break outer;
            }
          } finally {
            yieldReturn("inner " + i + j);
          }
        }
      } finally {
        yieldReturn("outer " + i);
      }
    }
    yieldReturn("end");
    return done();
  }

  /** return done() through nested finally blocks that yield. */
  @Generator
  static Iterable<String> doneThroughFinallies(List<String> log) {
    try {
      try {
        yieldReturn("a");
        return done();
      } finally {
        yieldReturn("inner");
      }
    } finally {
      yieldReturn("outer");
      log.add("outer ran");
    }
  }

  /**
   * return done() leaves a finally that does not yield (so stays Java) inside one that does:
   * when the inner finally throws, its exception passes through the outer finally, which runs.
   */
  @Generator
  static Iterable<String> doneThroughThrowingJavaFinally(List<String> log,
      RuntimeException failure) {
    try {
      yieldReturn("try");
      try {
        return done();
      } finally {
        log.add("inner");
        if (failure != null) {
          throw failure;
        }
      }
    } finally {
      log.add("outer");
      yieldReturn("outer finally");
    }
  }

  /** return done() in a finally discards the pending exception (as return does in Java). */
  @SuppressWarnings("finally")
  @Generator
  static Iterable<Integer> doneInFinallyDiscardsException() {
    try {
      yieldReturn(1);
      throw new IllegalStateException("discarded");
    } finally {
      yieldReturn(2);
      return done();
    }
  }

  /** A throw in a finally replaces the pending exception. */
  @Generator
  static Iterable<Integer> throwInFinallyReplacesException(RuntimeException first, RuntimeException second) {
    try {
      yieldReturn(1);
      throw first;
    } finally {
      yieldReturn(2);
      if (second != null) {
        throw second;
      }
    }
  }

  /** break and continue in a finally discard the pending exception. */
  @Generator
  static Iterable<String> jumpInFinallyDiscardsException() {
    for (int i = 0; i < 3; i++) {
      try {
        yieldReturn("try " + i);
        if (i == 1) {
          throw new IllegalStateException("discarded by continue");
        }
      } finally {
        if (i == 1) {
          continue;
        }
      }
      yieldReturn("after try " + i);
    }
    while (true) {
      try {
        yieldReturn("loop");
        throw new IllegalStateException("discarded by break");
      } finally {
        break;
      }
    }
    yieldReturn("end");
    return done();
  }

  /** A finally runs once on normal completion of a loop body each time. */
  @Generator
  static Iterable<String> finallyEachIteration(List<String> log) {
    for (int i = 0; i < 3; i++) {
      try {
        yieldReturn("body " + i);
      } finally {
        log.add("finally " + i);
      }
    }
    return done();
  }

  /** try/catch/finally all yielding, in a switch inside a loop. */
  @Generator
  static Iterable<String> inSwitch(List<Integer> codes) {
    for (int code : codes) {
      switch (code) {
        case 0 -> yieldReturn("zero");
        default -> {
          try {
            yieldReturn("try " + code);
            if (code < 0) {
              throw new IllegalArgumentException("negative " + code);
            }
          } catch (IllegalArgumentException e) {
            yieldReturn(e.getMessage());
          } finally {
            yieldReturn("finally " + code);
          }
        }
      }
    }
    return done();
  }
}
