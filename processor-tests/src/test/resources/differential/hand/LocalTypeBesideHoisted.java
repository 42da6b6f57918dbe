package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.List;

/** A hoisted local of a local record type, and another local type declared later in a nested block. */
class LocalTypeBesideHoisted {
  @Generator
  static Iterable<Object> gen(int n, List<String> log) {
    record A(int a) {}
    A p = new A(n);
    yieldReturn(1);
    if (n > 0) {
      record B(int b) {}
      log.add("" + new B(n) + p);
    }
    return done();
  }
}
