package hand;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * break / continue leaving a Java finally (or a close) that may throw, inside a try that awaits:
 * the finally runs in the state the jump leaves, so its exception meets the lowered finally or
 * catch around it (finding 14).
 */
class AsyncJumpFinally {
  @Async
  static CompletableFuture<Object> underLoweredFinally(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    int n = await(fs.get(0));
    for (int i = 0; i < 4; i++) {
      try {
        try {
          if (i == n) {
            break;
          }
          continue;
        } finally {
          log.add("inner " + i);
          if (i == 1) {
            throw new IllegalStateException("inner " + i);
          }
        }
      } finally {
        log.add("outer " + i + " " + await(fs.get(1)));
      }
    }
    return completedFuture("end");
  }

  @Async
  static CompletableFuture<Object> underLoweredCatch(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    int n = await(fs.get(0));
    for (int i = 0; i < 4; i++) {
      try {
        log.add("try " + i + " " + await(fs.get(1)));
        try (Closer c = new Closer("c" + i, i == n + 1, log)) {
          try {
            if (i == n) {
              break;
            }
            continue;
          } finally {
            log.add("inner " + i);
            if (i == n || i == 2) {
              throw new IllegalStateException("inner " + i);
            }
          }
        }
      } catch (IllegalStateException e) {
        log.add("caught " + e.getMessage() + " " + e.getSuppressed().length);
      }
    }
    return completedFuture("end");
  }

  /** Labelled jumps; a continue of a Java finally overrides the pending break. */
  @Async
  @SuppressWarnings("finally")
  static CompletableFuture<Object> labelled(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    int n = await(fs.get(0));
    outer:
    for (int i = 0; i < 4; i++) {
      try {
        for (int j = 0; j < 3; j++) {
          log.add(i + "" + j + " " + await(fs.get(1)));
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
            if (i == n && j == 1) {
              throw new IllegalStateException("inner " + i + j);
            }
          }
        }
      } catch (IllegalStateException e) {
        log.add("caught " + e.getMessage());
      } finally {
        log.add("outer " + i + " " + await(fs.get(1)));
      }
    }
    return completedFuture("end");
  }

  static final class Closer implements AutoCloseable {
    final String name;
    final boolean fails;
    final List<String> log;

    Closer(String name, boolean fails, List<String> log) {
      this.name = name;
      this.fails = fails;
      this.log = log;
    }

    @Override
    public void close() {
      log.add("close " + name);
      if (fails) {
        throw new IllegalStateException("close " + name);
      }
    }
  }
}
