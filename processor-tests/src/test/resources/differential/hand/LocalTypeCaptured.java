package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.List;

/** A lambda capturing a hoisted local of a local record type. */
class LocalTypeCaptured {
  @Generator
  static Iterable<Object> gen(int n, List<String> log) {
    record A(int a) {}
    A p = new A(n);
    yieldReturn(1);
    Runnable r = () -> log.add("lambda " + p.a());
    r.run();
    yieldReturn(p);
    return done();
  }
}
