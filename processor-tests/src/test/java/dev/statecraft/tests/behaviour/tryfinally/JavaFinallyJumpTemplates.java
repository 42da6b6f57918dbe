package dev.statecraft.tests.behaviour.tryfinally;

import static dev.statecraft.runtime.Coroutines.done;
import static dev.statecraft.runtime.Coroutines.yieldReturn;

import dev.statecraft.Generator;
import java.util.List;

/**
 * break, continue and a switch expression's yield leaving a try whose finally (or resources)
 * does not yield, so the try is spliced as written, inside a try that yields (lowered): Java
 * runs the inner finally blocks and closes before the jump, in the state the jump leaves, so
 * what they throw meets the lowered finally or catch around them (finding 14 of the
 * differential test). {@code throwAt} picks the iteration whose inner finally throws (-1: none).
 */
class JavaFinallyJumpTemplates {
  /** The finding's case: the lowered finally runs before the inner finally's exception leaves. */
  @Generator
  static Iterable<String> underLoweredFinally(int stop, int throwAt, List<String> log) {
    for (int i = 0; i < 4; i++) {
      try {
        yieldReturn("try " + i);
        try {
          if (i == stop) {
            break;
          }
          continue;
        } finally {
          log.add("inner " + i);
          if (i == throwAt) {
            throw new IllegalStateException("inner " + i);
          }
        }
      } finally {
        log.add("outer " + i);
        yieldReturn("outer finally " + i);
      }
    }
    yieldReturn("end");
    return done();
  }

  /** A lowered catch in the loop catches the inner finally's exception; the loop goes on. */
  @Generator
  static Iterable<String> underLoweredCatch(int stop, int throwAt, List<String> log) {
    for (int i = 0; i < 4; i++) {
      try {
        yieldReturn("try " + i);
        try {
          if (i == stop) {
            break;
          }
          continue;
        } finally {
          log.add("inner " + i);
          if (i == throwAt) {
            throw new IllegalStateException("inner " + i);
          }
        }
      } catch (IllegalStateException e) {
        yieldReturn("caught " + e.getMessage());
      }
    }
    yieldReturn("end");
    return done();
  }

  /** The close of a resource throws instead of the jump. */
  @Generator
  static Iterable<String> resources(int stop, int throwAt, List<String> log) {
    for (int i = 0; i < 4; i++) {
      try {
        yieldReturn("try " + i);
        IllegalStateException failure =
            i == throwAt ? new IllegalStateException("close " + i) : null;
        try (Res r = Res.failingOnClose("r" + i, log, failure)) {
          if (i == stop) {
            break;
          }
          continue;
        }
      } catch (IllegalStateException e) {
        yieldReturn("caught " + e.getMessage());
      } finally {
        yieldReturn("finally " + i);
      }
    }
    yieldReturn("end");
    return done();
  }

  /**
   * Labelled break and continue to the outer loop, through two lowered finally blocks, and a
   * lowered catch around the inner loop.
   */
  @Generator
  static Iterable<String> labelled(int throwAt, List<String> log) {
    outer:
    for (int i = 0; i < 3; i++) {
      try {
        for (int j = 0; j < 3; j++) {
          try {
            yieldReturn(i + "" + j);
            try {
              if (j == 1) {
                continue outer;
              }
              if (i == 2) {
                break outer;
              }
            } finally {
              log.add("inner " + i + j);
              if (i == throwAt && (j == 1 || i == 2)) { // when it jumps
                throw new IllegalStateException("inner " + i + j);
              }
            }
          } finally {
            yieldReturn("finally " + i + j);
          }
        }
      } catch (IllegalStateException e) {
        yieldReturn("caught " + e.getMessage());
      } finally {
        yieldReturn("outer finally " + i);
      }
    }
    yieldReturn("end");
    return done();
  }

  /**
   * Nested Java tries: a continue of the inner finally overrides the pending break (Java's
   * rule); the outer Java finally runs after either, and may throw instead; the body also
   * completes normally (i == 2).
   */
  @SuppressWarnings("finally")
  @Generator
  static Iterable<String> nested(int throwAt, List<String> log) {
    for (int i = 0; i < 5; i++) {
      try {
        yieldReturn("try " + i);
        try {
          try {
            if (i == 0 || i == 3) {
              break;
            }
          } finally {
            log.add("inner " + i);
            if (i < 2) {
              continue;
            }
          }
          log.add("after inner " + i);
        } finally {
          log.add("middle " + i);
          if (i == throwAt) {
            throw new IllegalStateException("middle " + i);
          }
        }
      } catch (IllegalStateException e) {
        yieldReturn("caught " + e.getMessage());
      } finally {
        yieldReturn("finally " + i);
      }
    }
    yieldReturn("end");
    return done();
  }

  /** A switch expression's yield leaving a Java finally inside a lowered catch of its arm. */
  @Generator
  static Iterable<String> switchYield(int throwAt, List<String> log) {
    for (int i = 0; i < 3; i++) {
      String value = switch (i % 2) {
        case 0 -> {
          try {
            yieldReturn("arm " + i);
            try {
              yield "even " + i;
            } finally {
              log.add("inner " + i);
              if (i == throwAt) {
                throw new IllegalStateException("inner " + i);
              }
            }
          } catch (IllegalStateException e) {
            yield "caught " + e.getMessage();
          }
        }
        default -> "odd " + i;
      };
      yieldReturn(value);
    }
    return done();
  }
}
