package hand;

import dev.statecraft.runtime.Coroutines;
import java.util.Iterator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.Stream;

/** Reference side only: stands for the generated factories, starting reference generators. */
@SuppressWarnings("unchecked")
final class DelegationGen {
  static Iterable<Integer> countdown(int n, List<String> log) {
    return (Iterable<Integer>) Coroutines.referenceFactory("hand.Delegation#countdown",
        new Object[] {n, log});
  }

  static Iterator<String> tree(int depth, List<String> log) {
    return (Iterator<String>) Coroutines.referenceFactory("hand.Delegation#tree",
        new Object[] {depth, log});
  }

  static Stream<Object> failing(int n, List<String> log) {
    return (Stream<Object>) Coroutines.referenceFactory("hand.Delegation#failing",
        new Object[] {n, log});
  }

  static PrimitiveIterator.OfInt ints(int n, List<String> log) {
    return (PrimitiveIterator.OfInt) Coroutines.referenceFactory("hand.Delegation#ints",
        new Object[] {n, log});
  }
}
