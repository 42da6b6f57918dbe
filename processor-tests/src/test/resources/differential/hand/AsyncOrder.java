package hand;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Java's evaluation order around awaits (LOWERING.md, "Expressions that suspend"). */
class AsyncOrder {
  static int counter;

  static List<String> target(List<String> log) {
    log.add("target evaluated");
    return log;
  }

  static int operand(List<String> log, String name, int value) {
    log.add("operand " + name);
    return value;
  }

  @Async
  static CompletableFuture<String> operands(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    StringBuilder sb = new StringBuilder("sb");
    // Left operands are evaluated (and string-converted) before the suspension.
    String s = "" + sb + operand(log, "left", 1) + await(fs.get(0)) + operand(log, "right", 2);
    sb.append("-changed");
    log.add("s " + s);
    // A call's target and earlier arguments before the suspension.
    target(log).add("arg " + operand(log, "first", 3) + " " + await(fs.get(1)));
    // Short-circuits and conditionals never evaluate the skipped side.
    boolean b = fs.isEmpty() && await(fs.get(2)) > 0;
    int c = b ? await(fs.get(2)) : operand(log, "else", 4);
    int d = !b || await(fs.get(2)) > 0 ? operand(log, "then", 5) : await(fs.get(2));
    log.add("b " + b + " c " + c + " d " + d);
    int[] a = {operand(log, "a0", 0), await(fs.get(0)), operand(log, "a2", 2)};
    a[operand(log, "index", 1)] = await(fs.get(1)) + a[1];
    log.add(Arrays.toString(a));
    return completedFuture(s + " " + sb);
  }

  @Async
  static CompletableFuture<Integer> compound(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    int x = operand(log, "x", 10);
    x += await(fs.get(0));
    log.add("x " + x);
    counter = 1;
    // The left side of a compound assignment is read before the right side suspends.
    counter += await(fs.get(1).thenApply(v -> {
      counter = 100;
      return v;
    }));
    log.add("counter " + counter);
    return completedFuture(x + counter);
  }

  @Async
  static CompletableFuture<Object> loops(List<CompletableFuture<Integer>> fs, List<String> log) {
    int i = 0;
    while (i < await(fs.get(0))) {
      log.add("while " + i);
      i++;
    }
    for (int j = await(fs.get(1)); j > 0; j -= await(fs.get(2))) {
      log.add("for " + j);
    }
    int k = switch (await(fs.get(0))) {
      case 0 -> await(fs.get(1));
      case 1 -> {
        log.add("arm");
        yield await(fs.get(2)) + 1;
      }
      default -> -1;
    };
    for (int v : new int[] {await(fs.get(0)), k}) {
      log.add("each " + v);
    }
    return completedFuture(i * 100 + k);
  }
}
