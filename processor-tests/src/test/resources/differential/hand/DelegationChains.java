package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.List;
import java.util.stream.IntStream;

/** Calls chained on a generated factory's result: {@code XGen.m(args).iterator()}. */
class DelegationChains {
  @Generator
  static IntStream ints(int n, List<String> log) {
    yieldReturn(n);
    if (n > 0) yieldAll(DelegationChainsGen.ints(n - 1, log).iterator());
    return done();
  }

  @Generator
  static Iterable<Integer> peek(int n, List<String> log) {
    boolean more = DelegationChainsGen.ints(n, log).iterator().hasNext();
    yieldReturn(more ? 1 : 0);
    return done();
  }
}
