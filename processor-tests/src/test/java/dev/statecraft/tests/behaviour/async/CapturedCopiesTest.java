package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static dev.statecraft.tests.behaviour.async.Completions.valueNow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lambda created in an await operand, a condition, a switch selector or a returned value
 * captures its iteration's value of a hoisted loop local, not the field the machine keeps it in
 * (DESIGN.md: "the value at the moment of capture"). With {@code now = false} the awaited tick
 * completes later, from another thread, so the lambdas are created on the resumed path.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CapturedCopiesTest {
  private final List<IntSupplier> made = new ArrayList<>();
  private CompletableFuture<Integer> tick;

  private CompletableFuture<Integer> tick(boolean now) {
    tick = now ? CompletableFuture.completedFuture(1) : new CompletableFuture<>();
    return tick;
  }

  private <T> CompletableFuture<T> later(CompletableFuture<T> result) {
    if (!tick.isDone()) {
      runOnThread("completer", () -> tick.complete(1));
    }
    return result;
  }

  private List<Integer> seen() {
    List<Integer> values = new ArrayList<>();
    for (IntSupplier lambda : made) {
      values.add(lambda.getAsInt());
    }
    return values;
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void lambdasInAwaitOperandsConditionsAndSelectors(boolean now) {
    assertEquals(11, valueNow(later(CapturedCopyTemplatesGen.expressions(tick(now), made))));
    assertEquals(List.of(0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23), seen());
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void lambdasInReturnsDiscardedByAJavaFinally(boolean now) {
    assertEquals(21, valueNow(later(
        CapturedCopyTemplatesGen.returnsDiscardedByJavaFinally(tick(now), made))));
    assertEquals(List.of(1, 11, 21), seen());
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void lambdasInReturnsDiscardedByALoweredFinally(boolean now) {
    assertEquals(21, valueNow(later(
        CapturedCopyTemplatesGen.returnsDiscardedByLoweredFinally(tick(now), made))));
    assertEquals(List.of(0, 10, 20), seen());
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void blankFinalAssignedFromAnAwaitInTheCapturingExpression(boolean now) {
    assertEquals(39, valueNow(later(
        CapturedCopyTemplatesGen.blankAssignedFromAwait(tick(now), made))));
    assertEquals(List.of(100, 1, 1100, 2, 2100, 3), seen());
  }
}
