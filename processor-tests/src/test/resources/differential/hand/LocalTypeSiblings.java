package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.List;

/** Two sibling blocks declaring a local record of the same name, each living across a yield. */
class LocalTypeSiblings {
  @Generator
  static Iterable<Object> gen(int n, List<String> log) {
    {
      record A(int a) {}
      A p = new A(n);
      yieldReturn(p.a());
      log.add("" + p);
    }
    {
      record A(String s) {}
      A q = new A("x" + n);
      yieldReturn(q.s());
      log.add("" + q);
    }
    return done();
  }
}
