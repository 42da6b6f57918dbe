package dev.statecraft.tests.behaviour.tryfinally;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldAll;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.io.IOException;
import java.util.List;

/** Yields inside try and catch blocks (DESIGN.md: suspension allowed in try, in catch and in finally). */
class TryCatchTemplates {
  static void failIf(boolean fail, String message) {
    if (fail) {
      throw new IllegalStateException(message);
    }
  }

  /** An exception thrown after resuming inside the try reaches the catch; the catch parameter lives across yields. */
  @Generator
  static Iterable<String> yieldInTryAndCatch(List<String> log, boolean fail) {
    try {
      log.add("try");
      yieldReturn("in try");
      failIf(fail, "boom");
      yieldReturn("try done");
    } catch (IllegalStateException e) {
      log.add("catch " + e.getMessage());
      yieldReturn("in catch");
      yieldReturn("caught " + e.getMessage());
    }
    yieldReturn("after");
    return done();
  }

  /** Multi-catch with a yield, the parameter read after it. */
  @Generator
  static Iterable<String> multiCatch(int which) {
    for (int i = 0; i < 3; i++) {
      try {
        yieldReturn("try " + i);
        if (i == which) {
          if (i % 2 == 0) {
            throw new IOException("io " + i);
          }
          throw new IllegalArgumentException("arg " + i);
        }
      } catch (IOException | IllegalArgumentException e) {
        yieldReturn(e.getClass().getSimpleName());
        yieldReturn(e.getMessage());
      }
    }
    return done();
  }

  /** Nested tries: the inner catch does not match, the inner finally runs (and yields) first. */
  @Generator
  static Iterable<String> nested(List<String> log) {
    try {
      try {
        yieldReturn("inner try");
        throw new IOException("io");
      } catch (IllegalStateException e) {
        yieldReturn("wrong catch");
      } finally {
        log.add("inner finally");
        yieldReturn("inner finally");
      }
    } catch (IOException e) {
      log.add("outer catch");
      yieldReturn("outer catch " + e.getMessage());
    } finally {
      yieldReturn("outer finally");
    }
    yieldReturn("end");
    return done();
  }

  /** A catch that yields then rethrows the same exception object. */
  @Generator
  static Iterable<String> rethrow(RuntimeException failure) {
    try {
      yieldReturn("try");
      throw failure;
    } catch (RuntimeException e) {
      yieldReturn("logged " + e.getMessage());
      throw e;
    }
  }

  /** A catch that throws a new exception, which passes an outer finally that yields. */
  @Generator
  static Iterable<String> throwFromCatchThroughFinally() {
    try {
      try {
        yieldReturn("try");
        throw new IllegalStateException("first");
      } catch (IllegalStateException e) {
        yieldReturn("catch");
        throw new IllegalArgumentException("second", e);
      }
    } finally {
      yieldReturn("finally");
    }
  }

  /** Failures of a yieldAll source are thrown where the yieldAll stands, so the template's catch applies. */
  @Generator
  static Iterable<String> catchDelegateFailure(Iterable<String> source) {
    try {
      yieldAll(source);
      yieldReturn("source done");
    } catch (IllegalStateException e) {
      yieldReturn("caught " + e.getMessage());
    }
    yieldReturn("after");
    return done();
  }

  @Generator
  static Iterable<String> failingGenerator(int before) {
    for (int i = 0; i < before; i++) {
      yieldReturn("g" + i);
    }
    throw new IllegalStateException("generator failed");
  }

  /** Catching the failure of a generated delegate. */
  @Generator
  static Iterable<String> catchGeneratedDelegateFailure() {
    try {
      yieldAll(TryCatchTemplatesGen.failingGenerator(2));
    } catch (IllegalStateException e) {
      yieldReturn("caught " + e.getMessage());
    }
    return done();
  }

  /** A try/catch with yields in a loop; the catch continues the loop. */
  @Generator
  static Iterable<Integer> parseSkippingErrors(List<String> inputs, List<String> log) {
    for (String s : inputs) {
      int value;
      try {
        value = Integer.parseInt(s);
        yieldReturn(value);
      } catch (NumberFormatException e) {
        log.add("skip " + s);
        yieldReturn(-1);
        continue;
      }
      yieldReturn(value * 10);
    }
    return done();
  }
}
