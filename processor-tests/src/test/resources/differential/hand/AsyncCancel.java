package hand;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Cancelling (or completing from outside) the result of a suspended machine. */
class AsyncCancel {
  static final class Res implements AutoCloseable {
    final String name;
    final List<String> log;

    Res(String name, List<String> log) {
      this.name = name;
      this.log = log;
      log.add("open " + name);
    }

    @Override
    public void close() {
      log.add("close " + name);
    }
  }

  @Async
  static CompletableFuture<Integer> nested(List<CompletableFuture<Integer>> fs, List<String> log) {
    int sum = 0;
    try (Res r = new Res("r", log)) {
      for (CompletableFuture<Integer> f : fs) {
        try {
          sum += await(f);
          log.add("sum " + sum);
        } catch (Exception e) {
          log.add("caught " + e); // never because of a stop
        } finally {
          log.add("inner finally " + sum);
        }
      }
    } finally {
      log.add("outer finally");
    }
    log.add("after");
    return completedFuture(sum);
  }
}
