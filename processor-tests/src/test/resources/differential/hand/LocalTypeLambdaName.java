package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.List;
import java.util.stream.Stream;

/** A hoisted local of a local type, and later a lambda parameter of the same name. */
class LocalTypeLambdaName {
  @Generator
  static Iterable<Object> gen(int n, List<String> log) {
    {
      record R(int a) {}
      R p = new R(n);
      yieldReturn(1);
      log.add("" + p);
    }
    yieldReturn(2);
    log.add("" + Stream.of(n).map(p -> p + 1).findFirst().get());
    return done();
  }
}
