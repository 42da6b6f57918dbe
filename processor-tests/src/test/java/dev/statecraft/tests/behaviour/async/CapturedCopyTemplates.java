package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;

/**
 * Lambdas created outside the statements the machine splices as written: in an await's operand,
 * an operand evaluated before an await, a condition, a switch selector, a returned value. Each
 * captures {@code v}, a loop-body local that lives across an await, which the machine keeps in
 * one field for every iteration; Java's lambda sees its own iteration's value, so the machine's
 * must capture a copy made when it is created, not read the field, which later iterations
 * change. {@code keep} records each lambda in {@code made}; the tests call them after the loop.
 */
class CapturedCopyTemplates {
  static <T> T keep(List<IntSupplier> made, IntSupplier lambda, T value) {
    made.add(lambda);
    return value;
  }

  /** {@link #keep} with the value first, so it may assign what the lambda captures. */
  static <T> T keepAfter(T value, List<IntSupplier> made, IntSupplier lambda) {
    made.add(lambda);
    return value;
  }

  @Async
  static CompletableFuture<Integer> expressions(CompletableFuture<Integer> tick,
      List<IntSupplier> made) {
    int sum = 0;
    for (int i = 0; i < 3; i++) {
      int v = i * 10;
      sum += await(keep(made, () -> v, tick));
      int w = keep(made, () -> v + 1, 1) + await(tick);
      if (keep(made, () -> v + 2, w > 0)) {
        sum += await(tick);
      }
      switch (keep(made, () -> v + 3, i)) {
        case 0 -> sum += await(tick);
        default -> sum += w;
      }
    }
    return completedFuture(sum);
  }

  /** A return in a try spliced as written, whose finally's continue discards it but last. */
  @Async
  static CompletableFuture<Integer> returnsDiscardedByJavaFinally(CompletableFuture<Integer> tick,
      List<IntSupplier> made) {
    for (int i = 0; i < 3; i++) {
      int v = i * 10 + await(tick);
      try {
        return completedFuture(keep(made, () -> v, v));
      } finally {
        if (i < 2) {
          continue;
        }
      }
    }
    return completedFuture(-1);
  }

  /** The same through a lowered finally (it awaits); the returned value is a stage. */
  @Async
  static CompletableFuture<Integer> returnsDiscardedByLoweredFinally(
      CompletableFuture<Integer> tick, List<IntSupplier> made) {
    for (int i = 0; i < 3; i++) {
      int v = i * 10;
      try {
        return keep(made, () -> v, tick).thenApply(t -> t + v);
      } finally {
        await(tick);
        if (i < 2) {
          continue;
        }
      }
    }
    return completedFuture(-1);
  }

  /**
   * A blank final assigned from an await inside the expression whose lambda captures it: the
   * lambda sees the value just assigned, not the previous iteration's (finding 17).
   */
  @Async
  static CompletableFuture<Integer> blankAssignedFromAwait(CompletableFuture<Integer> tick,
      List<IntSupplier> made) {
    int sum = 0;
    for (int i = 0; i < 3; i++) {
      final int v;
      sum += keepAfter(v = await(tick) + i * 10, made, () -> v * 100);
      final int w;
      sum += keepAfter((w = await(tick) + i) + 1000, made, () -> w) - 1000;
    }
    return completedFuture(sum);
  }
}
