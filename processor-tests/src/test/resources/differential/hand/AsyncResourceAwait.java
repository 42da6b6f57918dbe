package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** try-with-resources whose first resource's initializer awaits, then a second resource. */
class AsyncResourceAwait {
  @Async
  static CompletableFuture<Object> gen(List<CompletableFuture<Integer>> fs, List<String> log) {
    try (Resources.Res a = new Resources.Res("a" + await(fs.get(0)), log);
        Resources.Res b = new Resources.Res("b", log)) {
      log.add("body");
    }
    return null;
  }
}
