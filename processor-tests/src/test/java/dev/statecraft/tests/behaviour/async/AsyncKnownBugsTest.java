package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static dev.statecraft.tests.behaviour.async.Completions.storedFailure;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
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
   * gets {@code null} instead of the stage's value: AsyncMachine.awaitReady checks
   * result.isDone() before the fast path and then resumes the body past the await with nothing
   * in awaitedValue. Nothing needs to suspend here, and "no template code after the pending
   * await runs except its finally blocks" says those finally blocks run - with Java's values
   * ({@code int n = await(completeStage)} in such a finally even throws NullPointerException).
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

  /**
   * JDK 25 only (passes on 17): AsyncMachine.reportStopFailure adds the finally's exception as
   * suppressed to the exception that {@code result.join()} throws. On JDK 17 that is the stored
   * CancellationException itself; on JDK 25, join() and get() of a cancelled future throw a
   * fresh CancellationException each time (its cause is the stored one), so the exception is
   * added to a throwaway copy and vanishes: neither whenComplete/handle nor a later join()
   * (through getCause()) sees it. Add it to the stored exception (as whenComplete sees it).
   */
  @Test
  void aFinallyThrowingDuringCancellationIsSuppressedIntoTheCancellationException() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    IllegalStateException inner = new IllegalStateException("inner finally");
    CompletableFuture<String> result = CancelTemplatesGen.finallyThrows(pending, inner, log);
    assertTrue(result.cancel(false));
    assertEquals(List.of("inner finally", "outer finally"), log, "the outer finally still runs");
    Throwable cancelled = storedFailure(result);
    assertInstanceOf(CancellationException.class, cancelled);
    assertArrayEquals(new Throwable[] {inner}, cancelled.getSuppressed());
  }

  /** JDK 25 only, as above, with two finally blocks throwing. */
  @Test
  void twoFinallysThrowingDuringCancellationNeitherVanishes() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    IllegalStateException first = new IllegalStateException("first");
    IllegalStateException second = new IllegalStateException("second");
    CompletableFuture<String> result =
        CancelTemplatesGen.twoFinallysThrow(pending, first, second, log);
    result.cancel(false);
    assertEquals(List.of("inner finally", "outer finally"), log);
    Throwable cancelled = storedFailure(result);
    assertInstanceOf(CancellationException.class, cancelled);
    List<Throwable> reported = new ArrayList<>();
    for (Throwable suppressed : cancelled.getSuppressed()) {
      reported.add(suppressed);
      reported.addAll(List.of(suppressed.getSuppressed()));
    }
    assertTrue(reported.contains(first), () -> "first missing from " + reported);
    assertTrue(reported.contains(second), () -> "second missing from " + reported);
  }
}
