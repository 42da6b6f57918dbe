package hand;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;

/**
 * Open finding 17: a blank final assigned from an await and captured later in the same
 * expression. The copy is declared before the statement, which reads the field before the
 * assignment (the previous iteration's value).
 */
class CapturedBlankAwaited {
  static <T> T keep(T value, List<IntSupplier> made, IntSupplier lambda) {
    made.add(lambda);
    return value;
  }

  @Async
  static CompletableFuture<Object> gen(List<CompletableFuture<Integer>> fs, List<String> log) {
    List<IntSupplier> made = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      final int v;
      keep(v = await(fs.get(0)) + i, made, () -> v);
      await(fs.get(1));
    }
    for (IntSupplier lambda : made) {
      log.add("lambda " + lambda.getAsInt());
    }
    return completedFuture("end");
  }
}
