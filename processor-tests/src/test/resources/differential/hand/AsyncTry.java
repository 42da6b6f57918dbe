package hand;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Next milestone: await inside try/catch/finally (DESIGN.md's example). */
class AsyncTry {
  @Async
  static CompletableFuture<Integer> total(List<CompletableFuture<Integer>> parts,
      List<String> log) {
    int sum = 0;
    for (CompletableFuture<Integer> p : parts) {
      try {
        sum += await(p);
      } catch (IllegalStateException e) {
        log.add("caught " + e.getMessage());
        sum -= 1;
      } finally {
        log.add("finally " + sum);
      }
    }
    return completedFuture(sum);
  }
}
