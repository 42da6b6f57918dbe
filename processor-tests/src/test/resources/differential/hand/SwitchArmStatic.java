package hand;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Async;
import dev.statecraft.Generator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A static field by simple name in an arm of a switch expression that has a suspending arm. */
class SwitchArmStatic {
  static int shared = 5;

  @Generator
  static Iterable<Object> gen(int n, List<String> log) {
    int x = switch (n) {
      case 0 -> shared;
      default -> {
        yieldReturn("arm");
        yield 2;
      }
    };
    yieldReturn(x);
    return done();
  }

  @Async
  static CompletableFuture<Object> async(int n, List<CompletableFuture<Integer>> fs,
      List<String> log) {
    int x = switch (n) {
      case 0 -> shared;
      case 1 -> await(fs.get(0));
      default -> {
        log.add("arm");
        yield await(fs.get(0)) + shared;
      }
    };
    log.add("x " + x);
    return fs.get(0).thenApply(c -> c + x);
  }
}
