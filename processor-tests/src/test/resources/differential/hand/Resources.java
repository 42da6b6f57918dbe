package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.List;

/** try-with-resources and try/catch/finally with yields inside, closed midway by some runs. */
class Resources {
  static final class Res implements AutoCloseable {
    final String name;
    final List<String> log;

    Res(String name, List<String> log) {
      this.name = name;
      this.log = log;
      log.add("open " + name);
    }

    @Override
    public void close() {
      log.add("close " + name);
    }
  }

  @Generator
  static Iterable<Object> nested(int n, List<String> log) {
    try (Res a = new Res("a", log); Res b = new Res("b", log)) {
      yieldReturn(1);
      try (Res c = new Res("c", log)) {
        yieldReturn(2);
        if (n == 1) throw new IllegalStateException("boom");
        yieldReturn(3);
      }
      yieldReturn(4);
    } catch (IllegalStateException e) {
      log.add("caught " + e.getMessage());
      yieldReturn(5);
    } finally {
      log.add("finally");
    }
    return done();
  }

  @Generator
  static Iterable<Object> loops(int n, List<String> log) {
    outer:
    for (int i = 0; i < 3; i++) {
      try (Res r = new Res("r" + i, log)) {
        for (int j = 0; j < 3; j++) {
          try {
            yieldReturn(i * 10 + j);
            if (j == n) continue outer;
            if (i + j == 3) break outer;
          } finally {
            log.add("inner finally " + i + j);
          }
        }
      }
    }
    return done();
  }
}
