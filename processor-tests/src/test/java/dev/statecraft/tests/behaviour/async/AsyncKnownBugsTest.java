package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Known bugs of {@code @Async}: each test states what DESIGN.md requires and fails today. When
 * a test passes, move it (and its template) to the suite it belongs to.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AsyncKnownBugsTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  /**
   * DESIGN.md: "Completing the returned future from outside in any other way (complete,
   * completeExceptionally, orTimeout) stops the machine the same way". {@code completeAsync}
   * completes the result through CompletableFuture's internal completeValue, not through the
   * overridden complete(), so the machine is never told: its finally blocks do not run, the
   * awaited future is not cancelled, and if that future completes later the body goes on after
   * the await.
   */
  @Test
  void completeAsyncFromOutsideStopsTheMachine() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = CancelTemplatesGen.guarded(pending, log);
    result.completeAsync(() -> "outside", Runnable::run);
    assertEquals("outside", result.join());
    assertTrue(pending.isCancelled(), "the awaited future is cancelled");
    assertEquals(List.of("start", "inner finally on " + Thread.currentThread().getName(),
        "outer finally on " + Thread.currentThread().getName()), log);
  }

  /**
   * A finally block that awaits an already-complete stage while the machine is being stopped
   * is cut short at that await (AsyncMachine.awaitReady checks result.isDone() before the fast
   * path), although nothing needs to suspend: "no template code after the pending await runs
   * except its finally blocks" - and a machine suspended at an await inside a finally does run
   * the rest of that finally (CancellationTest). Here "cleanup c" and "inner finally end" are
   * skipped and the result's CancellationException carries a suppressed CancellationException.
   */
  @Test
  void aFinallyAwaitingACompleteStageRunsToItsEndWhenStopped() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = KnownBugTemplatesGen.finallyAwaits(pending,
        CompletableFuture.completedFuture("c"), log);
    assertEquals(List.of(), log);
    runOnThread("canceller", () -> result.cancel(false));
    assertEquals(List.of("inner finally start", "cleanup c", "inner finally end",
        "outer finally"), log);
  }
}
