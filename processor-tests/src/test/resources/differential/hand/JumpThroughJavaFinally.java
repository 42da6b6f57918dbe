package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.List;

/** break / continue leaving a Java finally that throws, inside a finally that yields. */
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
}
