package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Java 9 resources in an async body, the first renamed (a sibling scope used its name). */
class AsyncResourcesJava9 {
  @Async
  static CompletableFuture<Object> gen(List<CompletableFuture<Integer>> fs, List<String> log) {
    {
      String a = "x" + fs.size();
      log.add(a);
    }
    Resources.Res a = new Resources.Res("a", log);
    Resources.Res b = new Resources.Res("b", log);
    try (a; b) {
      log.add("body");
    }
    return fs.get(0).thenApply(c -> c);
  }
}
