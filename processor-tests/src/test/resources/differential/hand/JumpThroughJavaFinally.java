package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.List;

/**
 * break / continue / yield leaving a Java finally (or a close) that may throw, inside a try that
 * yields: the finally runs in the state the jump leaves, so its exception meets the lowered
 * finally or catch around it (finding 14).
 */
class JumpThroughJavaFinally {
  @Generator
  static Iterable<Object> gen(int n, List<String> log) {
    for (int i = 0; i < 3; i++) {
      try {
        yieldReturn(i);
        try {
          if (i == n) {
            break;
          }
          continue;
        } finally {
          if (i == 1) {
            throw new IllegalStateException("inner " + i);
          }
        }
      } finally {
        log.add("outer " + i);
        yieldReturn("outer finally");
      }
    }
    return done();
  }

  /** A lowered catch catches the exception of a Java finally or close left by a jump. */
  @Generator
  static Iterable<Object> caught(int n, List<String> log) {
    for (int i = 0; i < 4; i++) {
      try {
        yieldReturn(i);
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
        yieldReturn("caught");
      }
    }
    return done();
  }

  /**
   * Labelled jumps to the outer loop through two lowered finally blocks; a continue of a Java
   * finally overrides the pending break; the Java finally around both may throw instead.
   */
  @Generator
  @SuppressWarnings("finally")
  static Iterable<Object> labelled(int n, List<String> log) {
    outer:
    for (int i = 0; i < 4; i++) {
      try {
        for (int j = 0; j < 3; j++) {
          try {
            yieldReturn(i * 10 + j);
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
              log.add("normally " + i + j);
            } finally {
              log.add("inner " + i + j);
              if (i == n && j == 1) {
                throw new IllegalStateException("inner " + i + j);
              }
            }
          } finally {
            yieldReturn("finally");
          }
        }
      } catch (IllegalStateException e) {
        yieldReturn("caught " + e.getMessage());
      } finally {
        log.add("outer " + i);
        yieldReturn("outer finally");
      }
    }
    return done();
  }

  /** A switch expression's yield leaving a Java finally inside a lowered catch of its arm. */
  @Generator
  static Iterable<Object> switchYield(int n, List<String> log) {
    for (int i = 0; i < 3; i++) {
      String value = switch (i % 2) {
        case 0 -> {
          try {
            yieldReturn("arm " + i);
            try {
              yield "even " + i;
            } finally {
              log.add("inner " + i);
              if (i == n) {
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
