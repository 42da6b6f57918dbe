package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * break and continue leaving a try whose finally (or resources) does not await, so the try is
 * spliced as written, inside a try that awaits (lowered): Java runs the inner finally blocks
 * and closes before the jump, so what they throw meets the lowered finally or catch around
 * them (finding 14 of the differential test). Each iteration awaits {@code tick}, which the
 * tests complete now or later from another thread (then the jumps run on the resumed path).
 * {@code throwAt} picks the iteration whose inner finally or close throws (-1: none).
 */
class JavaFinallyJumpTemplates {
  @Async
  static CompletableFuture<String> underLoweredFinally(CompletableFuture<String> tick, int stop,
      int throwAt, List<String> log) {
    for (int i = 0; i < 4; i++) {
      try {
        log.add("try " + i + await(tick));
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
        log.add("outer " + i + await(tick));
      }
    }
    return completedFuture("end");
  }

  @Async
  static CompletableFuture<String> underLoweredCatch(CompletableFuture<String> tick, int stop,
      int throwAt, List<String> log) {
    for (int i = 0; i < 4; i++) {
      try {
        log.add("try " + i + await(tick));
        try (Res r = new Res("r" + i, log,
            i == throwAt ? new IllegalStateException("close " + i) : null)) {
          if (i == stop) {
            break;
          }
          continue;
        }
      } catch (IllegalStateException e) {
        log.add("caught " + e.getMessage());
      }
    }
    return completedFuture("end");
  }

  /** Labelled jumps to the outer loop; a Java finally's continue overrides the pending break. */
  @Async
  @SuppressWarnings("finally")
  static CompletableFuture<String> labelled(CompletableFuture<String> tick, int throwAt,
      List<String> log) {
    outer:
    for (int i = 0; i < 4; i++) {
      try {
        for (int j = 0; j < 3; j++) {
          log.add(i + "" + j + await(tick));
          try {
            try {
              if (j == 1 || i == 3) {
                break outer;
              }
            } finally {
              if (i < 2 && j == 1) {
                continue outer;
              }
            }
          } finally {
            log.add("inner " + i + j);
            if (i == throwAt && j == 1) {
              throw new IllegalStateException("inner " + i + j);
            }
          }
        }
      } catch (IllegalStateException e) {
        log.add("caught " + e.getMessage() + await(tick));
      } finally {
        log.add("finally " + i + await(tick));
      }
    }
    return completedFuture("end");
  }
}
