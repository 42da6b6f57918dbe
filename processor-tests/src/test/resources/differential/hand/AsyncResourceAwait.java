package hand;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** try-with-resources whose resources' initializers await, so the resources live in fields. */
class AsyncResourceAwait {
  /** Opens a resource named {@code name}, or throws when the name ends with {@code !}. */
  static Resources.Res open(String name, List<String> log) {
    if (name.endsWith("!")) {
      log.add("cannot open " + name);
      throw new IllegalStateException("open " + name);
    }
    return new Resources.Res(name, log);
  }

  @Async
  static CompletableFuture<Object> gen(List<CompletableFuture<Integer>> fs, List<String> log) {
    try (Resources.Res a = new Resources.Res("a" + await(fs.get(0)), log);
        Resources.Res b = new Resources.Res("b", log)) {
      log.add("body");
    }
    return null;
  }

  /** Three resources, the second one's initializer awaits, the body awaits too. */
  @Async
  static CompletableFuture<Object> three(List<CompletableFuture<Integer>> fs, List<String> log) {
    try (Resources.Res a = new Resources.Res("a", log);
        Resources.Res b = new Resources.Res("b" + await(fs.get(0)), log);
        Resources.Res c = new Resources.Res("c", log)) {
      log.add("body " + a.name + b.name + c.name + " " + await(fs.get(1)));
    }
    return completedFuture("done");
  }

  /**
   * An initializer that throws after an await: the later resources are not opened, the earlier
   * ones are closed, the catch and the finally see the exception.
   */
  @Async
  static CompletableFuture<Object> failingInitializer(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    try (Resources.Res a = open("a" + await(fs.get(0)), log);
        Resources.Res b = open("b" + (await(fs.get(1)) > 2 ? "!" : ""), log);
        Resources.Res c = open("c", log)) {
      log.add("body " + a.name + b.name + c.name);
    } catch (IllegalStateException e) {
      log.add("caught " + e.getMessage());
    } finally {
      log.add("finally");
    }
    return completedFuture("end");
  }
}
