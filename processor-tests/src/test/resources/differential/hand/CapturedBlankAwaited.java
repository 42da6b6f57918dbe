package hand;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;

/**
 * Finding 17: a blank final assigned from an await and captured later in the same expression.
 * The copy the lambda reads was declared before the statement, reading the field before the
 * assignment (the previous iteration's value).
 */
class CapturedBlankAwaited {
  static <T> T keep(T value, List<IntSupplier> made, IntSupplier lambda) {
    made.add(lambda);
    return value;
  }

  static int both(int a, int b, List<IntSupplier> made, IntSupplier lambda) {
    made.add(lambda);
    return a + b;
  }

  @Async
  static CompletableFuture<Object> gen(List<CompletableFuture<Integer>> fs, List<String> log) {
    List<IntSupplier> made = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      final int v;
      keep(v = await(fs.get(0)) + i, made, () -> v);
      await(fs.get(1));
    }
    for (int i = 0; i < 2; i++) {
      // Nested in an operand, parenthesized, captured by an anonymous class.
      int w;
      int sum = both((w = await(fs.get(1)) * 10 + i) + 1, i, made, new IntSupplier() {
        @Override
        public int getAsInt() {
          return w;
        }
      });
      log.add("sum " + sum);
    }
    for (int i = 0; i < 2; i++) {
      // A later operand suspends too: the assignment is spilled before it.
      final int u;
      int sum = both(u = await(fs.get(0)) - i, await(fs.get(1)), made, () -> u * 100);
      log.add("sum " + sum);
    }
    for (int i = 0; i < 2; i++) {
      // Declared with the assignment as its initializer's operand.
      final int x;
      int y = keep(x = await(fs.get(0)) + 7 * i, made, () -> -x);
      log.add("y " + y);
    }
    for (IntSupplier lambda : made) {
      log.add("lambda " + lambda.getAsInt());
    }
    return completedFuture("end");
  }
}
