package hand;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A return inside try/finally: the finally runs before the result completes (Java order). */
class AsyncReturnFinally {
  @Async
  static CompletableFuture<Object> direct(List<CompletableFuture<Integer>> fs, List<String> log) {
    int v = await(fs.get(0));
    try {
      return completedFuture(v);
    } finally {
      log.add("finally");
    }
  }

  @Async
  static CompletableFuture<Object> inLoop(List<CompletableFuture<Integer>> fs, List<String> log) {
    int v = await(fs.get(0));
    for (int i = 0; i < 3; i++) {
      try {
        return completedFuture(v + i);
      } finally {
        log.add("finally " + i);
      }
    }
    return null;
  }
}
