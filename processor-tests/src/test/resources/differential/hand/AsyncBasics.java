package hand;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** @Async templates without try around await (try/catch/finally is the next milestone). */
class AsyncBasics {
  @Async
  static CompletableFuture<Integer> total(List<CompletableFuture<Integer>> parts,
      List<String> log) {
    int sum = 0;
    for (CompletableFuture<Integer> p : parts) {
      log.add("await " + sum);
      sum += await(p);
    }
    log.add("sum " + sum);
    return completedFuture(sum);
  }

  @Async
  static CompletionStage<String> expressions(CompletableFuture<Integer> a,
      CompletableFuture<Integer> b, List<String> log) {
    String s = "start";
    if (await(a) > 0 && await(b) > 0) s += " both";
    log.add(s);
    String joined = "x" + await(a) + "-" + await(b);
    int k = switch (await(a)) {
      case 1 -> await(b);
      default -> 0;
    };
    log.add("k " + k);
    return completedFuture(joined + k);
  }

  @Async
  static CompletableFuture<String> failing(CompletableFuture<String> f, List<String> log) {
    log.add("before");
    String v = await(f);
    log.add("after " + v);
    if (v.isEmpty()) throw new IllegalArgumentException("empty");
    return completedFuture(v.toUpperCase());
  }

  @Async
  static CompletableFuture<Object> early(int n, List<String> log) {
    log.add("n " + n);
    if (n < 0) throw new IllegalStateException("negative");
    return null;
  }

  @Async
  static CompletionStage<String> relay(CompletableFuture<String> first,
      CompletableFuture<String> second, List<String> log) {
    String a = await(first);
    log.add("got " + a);
    return second;
  }
}
