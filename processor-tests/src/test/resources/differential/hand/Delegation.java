package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.util.Iterator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.Stream;

/** Generators delegating to generated generators (their own factories), recursively. */
class Delegation {
  @Generator
  static Iterable<Integer> countdown(int n, List<String> log) {
    log.add("enter " + n);
    yieldReturn(n);
    if (n > 0) yieldAll(DelegationGen.countdown(n - 1, log));
    log.add("exit " + n);
    return done();
  }

  @Generator
  static Iterator<String> tree(int depth, List<String> log) {
    if (depth == 0) {
      yieldReturn("leaf");
      return done();
    }
    yieldAll(DelegationGen.tree(depth - 1, log));
    yieldReturn("node " + depth);
    yieldAll(DelegationGen.tree(depth - 1, log));
    return done();
  }

  @Generator
  static Stream<Object> failing(int n, List<String> log) {
    yieldReturn("outer " + n);
    if (n == 0) throw new IllegalStateException("bottom");
    yieldAll(DelegationGen.failing(n - 1, log));
    log.add("not reached " + n);
    return done();
  }

  @Generator
  static PrimitiveIterator.OfInt ints(int n, List<String> log) {
    for (int i = 0; i < n; i++) {
      yieldReturn(i);
      yieldAll(DelegationGen.ints(i, log));
    }
    return done();
  }

  /**
   * yieldAll of a generator this body started and left suspended inside its own yieldAll: the
   * rest of its delegate comes first (the runtime once adopted it and skipped that rest).
   */
  @Generator
  static Iterable<Integer> resumed(int n, List<String> log) {
    Iterator<Integer> started = DelegationGen.countdown(n + 1, log).iterator();
    yieldReturn(-started.next());
    yieldReturn(-started.next());
    yieldAll(started);
    log.add("after");
    return done();
  }
}
