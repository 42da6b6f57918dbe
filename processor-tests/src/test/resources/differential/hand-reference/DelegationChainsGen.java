package hand;

import dev.statecraft.runtime.Coroutines;
import java.util.List;
import java.util.stream.IntStream;

/** Reference side only: stands for the generated factories, starting reference generators. */
final class DelegationChainsGen {
  static IntStream ints(int n, List<String> log) {
    return (IntStream) Coroutines.referenceFactory("hand.DelegationChains#ints",
        new Object[] {n, log});
  }

  static Iterable<Integer> peek(int n, List<String> log) {
    return (Iterable<Integer>) Coroutines.referenceFactory("hand.DelegationChains#peek",
        new Object[] {n, log});
  }
}
