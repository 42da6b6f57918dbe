package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.List;

/** A local record declared before a yield and used only after it (no variable of it crosses the yield). */
class LocalTypeUsedAfterYield {
  @Generator
  static Iterable<Object> gen(int n, List<String> log) {
    record A(int a) {}
    yieldReturn(1);
    log.add("" + new A(n));
    return done();
  }
}
