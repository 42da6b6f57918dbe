package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Concurrency, deterministic in what it asserts: many machines on a small pool all produce exact
 * results and each body ends exactly once; completions racing with the registration of the
 * machine's callback resume it exactly once (issue: "state is saved before the callback is
 * registered so a racing completion cannot resume twice").
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConcurrencyTest {
  private static final int CALLS = 500;
  private static final int RACES = 3000;

  private final AtomicInteger poolThreads = new AtomicInteger();
  private final ExecutorService pool = Executors.newFixedThreadPool(4,
      r -> new Thread(r, "pool-" + poolThreads.incrementAndGet()));
  private final List<ExecutorService> racers = new ArrayList<>();

  @AfterEach
  void stopThreads() throws InterruptedException {
    pool.shutdownNow();
    for (ExecutorService racer : racers) {
      racer.shutdownNow();
    }
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
  }

  @Test
  void hundredsOfConcurrentCallsOnAFourThreadPool() {
    AtomicIntegerArray ends = new AtomicIntegerArray(CALLS);
    AtomicIntegerArray offPool = new AtomicIntegerArray(CALLS);
    List<CompletableFuture<Long>> results = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      int id = i;
      results.add(CompletableFuture.supplyAsync(
          () -> ConcurrencyTemplatesGen.job(id, pool, ends, offPool), pool)
          .thenCompose(result -> result));
    }
    for (int id = 0; id < CALLS; id++) {
      assertEquals(1016L * id, Completions.valueWithin(results.get(id)), "call " + id);
    }
    for (int id = 0; id < CALLS; id++) {
      assertEquals(1, ends.get(id), "the body of call " + id + " ended once");
      assertEquals(0, offPool.get(id), "call " + id + " resumed off the pool");
    }
  }

  @Test
  void hundredsOfConcurrentCallsStartedFromTheTestThread() {
    List<CompletableFuture<Long>> results = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      results.add(ConcurrencyTemplatesGen.leaf(i, pool));
    }
    for (int id = 0; id < CALLS; id++) {
      assertEquals(1001L * id, Completions.valueWithin(results.get(id)), "call " + id);
    }
  }

  @Test
  void aThousandMachinesAwaitingOneFutureAllResumeOnItsCompletingThread() {
    int n = 1000;
    CompletableFuture<Integer> shared = new CompletableFuture<>();
    Thread[] resumedOn = new Thread[n];
    List<CompletableFuture<Integer>> results = new ArrayList<>();
    for (int id = 0; id < n; id++) {
      results.add(ConcurrencyTemplatesGen.fanIn(shared, id, resumedOn));
    }
    Thread completer = Completions.runOnThread("completer", () -> shared.complete(1000));
    for (int id = 0; id < n; id++) {
      assertEquals(1000 + id, Completions.valueNow(results.get(id)));
      assertSame(completer, resumedOn[id], "machine " + id);
    }
  }

  /** Runs {@code a(i)} and {@code b(i)} at the same moment on two threads, {@code n} times. */
  private void race(int n, IntConsumer a, IntConsumer b) {
    ExecutorService first = Executors.newSingleThreadExecutor(r -> new Thread(r, "racer-a"));
    ExecutorService second = Executors.newSingleThreadExecutor(r -> new Thread(r, "racer-b"));
    racers.add(first);
    racers.add(second);
    CyclicBarrier barrier = new CyclicBarrier(2);
    CompletableFuture<Void> one = CompletableFuture.runAsync(() -> loop(n, barrier, a), first);
    CompletableFuture<Void> two = CompletableFuture.runAsync(() -> loop(n, barrier, b), second);
    Completions.valueWithin(CompletableFuture.allOf(one, two));
  }

  private static void loop(int n, CyclicBarrier barrier, IntConsumer action) {
    for (int i = 0; i < n; i++) {
      try {
        barrier.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException | BrokenBarrierException
          | java.util.concurrent.TimeoutException e) {
        throw new AssertionError("racer stuck at " + i, e);
      }
      int spins = ThreadLocalRandom.current().nextInt(200);
      for (int s = 0; s < spins; s++) {
        Thread.onSpinWait();
      }
      action.accept(i);
    }
  }

  @Test
  void aCompletionRacingTheFirstRegistrationResumesExactlyOnce() {
    List<CompletableFuture<Integer>> awaited = new ArrayList<>();
    for (int i = 0; i < RACES; i++) {
      awaited.add(new CompletableFuture<>());
    }
    AtomicIntegerArray after = new AtomicIntegerArray(RACES);
    List<CompletableFuture<Integer>> results = new ArrayList<>();
    for (int i = 0; i < RACES; i++) {
      results.add(null);
    }
    race(RACES,
        i -> results.set(i, ConcurrencyTemplatesGen.once(awaited.get(i), after, i)),
        i -> awaited.get(i).complete(i));
    for (int i = 0; i < RACES; i++) {
      assertEquals(i + 1, Completions.valueWithin(results.get(i)), "race " + i);
      assertEquals(1, after.get(i), "race " + i + " resumed once");
    }
  }

  @Test
  void aCompletionRacingARegistrationOnAnotherThreadResumesExactlyOnce() {
    AtomicIntegerArray afterFirst = new AtomicIntegerArray(RACES);
    AtomicIntegerArray afterSecond = new AtomicIntegerArray(RACES);
    List<CompletableFuture<Integer>> firsts = new ArrayList<>();
    List<CompletableFuture<Integer>> seconds = new ArrayList<>();
    List<CompletableFuture<Integer>> results = new ArrayList<>();
    for (int i = 0; i < RACES; i++) {
      firsts.add(new CompletableFuture<>());
      seconds.add(new CompletableFuture<>());
      results.add(ConcurrencyTemplatesGen.twice(firsts.get(i), seconds.get(i), afterFirst,
          afterSecond, i));
    }
    // racer a resumes the machine, which registers on the second stage on racer a's thread,
    // while racer b completes that second stage
    race(RACES, i -> firsts.get(i).complete(i % 7), i -> seconds.get(i).complete(i % 10));
    for (int i = 0; i < RACES; i++) {
      assertEquals((i % 7) * 10 + i % 10, Completions.valueWithin(results.get(i)), "race " + i);
      assertEquals(1, afterFirst.get(i), "race " + i);
      assertEquals(1, afterSecond.get(i), "race " + i);
    }
  }

  @Test
  void aCancelRacingAResumptionRunsTheFinallyExactlyOnce() {
    AtomicIntegerArray afterFirst = new AtomicIntegerArray(RACES);
    AtomicIntegerArray afterSecond = new AtomicIntegerArray(RACES);
    AtomicIntegerArray finallies = new AtomicIntegerArray(RACES);
    List<CompletableFuture<Integer>> firsts = new ArrayList<>();
    List<CompletableFuture<Integer>> results = new ArrayList<>();
    for (int i = 0; i < RACES; i++) {
      firsts.add(new CompletableFuture<>());
      results.add(ConcurrencyTemplatesGen.guardedTwice(firsts.get(i),
          CompletableFuture.completedFuture(100), afterFirst, afterSecond, finallies, i));
    }
    boolean[] cancelled = new boolean[RACES];
    race(RACES, i -> firsts.get(i).complete(i), i -> cancelled[i] = results.get(i).cancel(false));
    for (int i = 0; i < RACES; i++) {
      CompletableFuture<Integer> result = results.get(i);
      assertTrue(result.isDone(), "race " + i);
      assertEquals(1, finallies.get(i), "race " + i + ": the finally runs exactly once");
      assertTrue(afterSecond.get(i) <= 1, "race " + i);
      if (cancelled[i]) {
        assertTrue(result.isCancelled(), "race " + i);
        try {
          result.join();
          throw new AssertionError("race " + i + " not cancelled");
        } catch (CancellationException expected) {
          // the cancel won
        }
      } else {
        assertEquals(i + 100, result.join(), "race " + i);
        assertEquals(1, afterFirst.get(i), "race " + i);
        assertEquals(1, afterSecond.get(i), "race " + i);
      }
    }
  }

  /**
   * A CompletableFuture that lets a test act at the moment an await registers its callback,
   * i.e. after AsyncMachine.awaitReady checked that the result is not done and before the
   * machine marks itself SUSPENDED.
   */
  static final class Gate<T> extends CompletableFuture<T> {
    volatile Runnable onRegister;

    @Override
    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
      CompletableFuture<T> dependent = super.whenComplete(action);
      Runnable hook = onRegister;
      onRegister = null;
      if (hook != null) {
        hook.run();
      }
      return dependent;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
      return new CompletableFuture<>();
    }
  }

  /**
   * A cancel that lands while the machine registers on its awaited stage (after awaitReady saw
   * the result not done, before the machine marked itself suspended) is not lost: the pending
   * finally runs and the awaited future is cancelled.
   */
  @Test
  void aCancelDuringTheRegistrationIsNotLost() {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<String> first = new CompletableFuture<>();
    Gate<String> second = new Gate<>();
    CompletableFuture<String> result = CancelTemplatesGen.twoAwaits(first, second, log);
    second.onRegister = () -> runOnThread("canceller", () -> result.cancel(false));
    first.complete("a"); // resumes here; registering on `second` lets the canceller in
    assertTrue(result.isCancelled());
    assertEquals(List.of("first a", "finally"), log, "the pending finally ran");
    assertTrue(second.isCancelled(), "the awaited future is cancelled");
  }

  /** The same race without a hook: cancel at the moment another thread resumes the machine. */
  @Test
  void aCancelRacingARegistrationOnAnotherThreadIsNotLost() throws Exception {
    int races = 10_000;
    ExecutorService a = Executors.newSingleThreadExecutor();
    ExecutorService b = Executors.newSingleThreadExecutor();
    try {
      for (int i = 0; i < races; i++) {
        List<String> raceLog = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletableFuture<String> result = CancelTemplatesGen.twoAwaits(first, second, raceLog);
        CyclicBarrier barrier = new CyclicBarrier(2);
        int spins = i % 64;
        var one = a.submit(() -> {
          meet(barrier);
          first.complete("a");
        });
        var two = b.submit(() -> {
          meet(barrier);
          for (int s = 0; s < spins; s++) {
            Thread.onSpinWait();
          }
          result.cancel(false);
        });
        one.get(10, TimeUnit.SECONDS);
        two.get(10, TimeUnit.SECONDS);
        int race = i;
        assertTrue(raceLog.contains("finally"), () -> "race " + race + ": the result is "
            + result + ", the log " + raceLog + ", the second stage " + second);
      }
    } finally {
      a.shutdownNow();
      b.shutdownNow();
    }
  }

  private static void meet(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException | BrokenBarrierException
        | java.util.concurrent.TimeoutException e) {
      throw new AssertionError(e);
    }
  }
}
