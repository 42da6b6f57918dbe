package hand;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import dev.statecraft.Generator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;

/**
 * Lambdas capturing a loop-body local that lives across a suspension (one field of the machine
 * for every iteration), created outside statements spliced as written: in a yielded value, a
 * yieldAll source, conditions, a switch selector, an await operand, an operand spilled before
 * an await, a return value discarded by a finally's continue; also a blank final assigned where
 * it is captured. They are called after the loop, when the field holds the last value.
 */
class CapturedCopies {
  static <T> T keep(List<IntSupplier> made, IntSupplier lambda, T value) {
    made.add(lambda);
    return value;
  }

  @Generator
  static Iterable<Integer> gen(int n, List<String> log) {
    List<IntSupplier> made = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int v = i * 10;
      yieldReturn(keep(made, () -> v, v));
      yieldAll(keep(made, () -> v + 1, List.of(v + 1)));
      if (keep(made, () -> v + 2, i % 2 == 0)) {
        yieldReturn(v + 2);
      }
      switch (keep(made, () -> v + 3, i)) {
        case 1 -> yieldReturn(v + 3);
        default -> log.add("default " + i);
      }
      final int w;
      if (i > 0) {
        w = v + 4;
        made.add(() -> w);
      } else {
        w = -1;
      }
      yieldReturn(w);
    }
    for (IntSupplier lambda : made) {
      log.add("lambda " + lambda.getAsInt());
    }
    return done();
  }

  @Async
  static CompletableFuture<Object> expressions(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    List<IntSupplier> made = new ArrayList<>();
    int sum = 0;
    for (int i = 0; i < 3; i++) {
      int v = i * 10;
      sum += await(keep(made, () -> v, fs.get(0)));
      int w = keep(made, () -> v + 1, 1) + await(fs.get(1));
      if (keep(made, () -> v + 2, w > 2)) {
        sum += await(fs.get(1));
      }
      switch (keep(made, () -> v + 3, i)) {
        case 0 -> sum += await(fs.get(0));
        default -> sum += w;
      }
    }
    for (IntSupplier lambda : made) {
      log.add("lambda " + lambda.getAsInt());
    }
    return completedFuture(sum);
  }

  @Async
  static CompletableFuture<Object> returns(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    List<IntSupplier> made = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        int v = i * 10 + await(fs.get(0));
        try {
          return completedFuture(keep(made, () -> v, v));
        } finally {
          if (i < 2) {
            continue;
          }
        }
      }
      return completedFuture(-1);
    } finally {
      for (IntSupplier lambda : made) {
        log.add("lambda " + lambda.getAsInt());
      }
    }
  }
}
