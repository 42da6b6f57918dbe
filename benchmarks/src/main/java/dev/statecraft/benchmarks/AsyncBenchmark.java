package dev.statecraft.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One async job, several ways: sum the values of 1,000 futures, awaiting each in turn. Every
 * score is nanoseconds per await ({@link OperationsPerInvocation} = {@value #N}), the machine or
 * chain created inside the measured call.
 *
 * <p>{@code completed*}: the futures are complete before the call (made once, in {@link #setUp}),
 * so an await never suspends: this measures the await fast path, and {@code -prof gc} shows
 * whether it allocates. {@code later*}: each future is created incomplete when the consumer asks
 * for it ({@link Later}) and completed by the benchmark thread, so every await suspends once and
 * is resumed once by the completion; {@link #laterNobodyWaiting} creates and completes the same
 * futures with nobody waiting, the floor to subtract (its allocation is the future itself).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@OperationsPerInvocation(AsyncBenchmark.N)
public class AsyncBenchmark {
  public static final int N = 1000;

  private CompletableFuture<Integer>[] completed;

  @Setup
  public void setUp() {
    completed = completedFutures();
  }

  /** {@code N} futures completed with {@code 0 .. N-1}. */
  public static CompletableFuture<Integer>[] completedFutures() {
    @SuppressWarnings("unchecked")
    CompletableFuture<Integer>[] futures = new CompletableFuture[N];
    for (int i = 0; i < N; i++) {
      futures[i] = CompletableFuture.completedFuture(Later.VALUES[i]);
    }
    return futures;
  }

  @Benchmark
  public int completedGenerated() {
    return AsyncSumsGen.sum(completed).join();
  }

  @Benchmark
  public int completedHandWritten() {
    return HandWrittenAsync.sum(completed).join();
  }

  @Benchmark
  public int completedThenCompose() {
    return HandWrittenAsync.composeSum(completed, 0, 0).join();
  }

  @Benchmark
  public int laterGenerated() {
    Later source = new Later();
    CompletableFuture<Integer> result = AsyncSumsGen.sumLater(source, N);
    source.completeAll(N);
    return result.join();
  }

  @Benchmark
  public int laterHandWritten() {
    Later source = new Later();
    CompletableFuture<Integer> result = HandWrittenAsync.sumLater(source, N);
    source.completeAll(N);
    return result.join();
  }

  @Benchmark
  public int laterThenCompose() {
    Later source = new Later();
    CompletableFuture<Integer> result = HandWrittenAsync.composeSumLater(source, N, 0, 0);
    source.completeAll(N);
    return result.join();
  }

  /** The later futures, created and completed with nobody awaiting them. */
  @Benchmark
  public int laterNobodyWaiting() {
    Later source = new Later();
    int sum = 0;
    for (int i = 0; i < N; i++) {
      CompletableFuture<Integer> future = source.next();
      source.completeNext(i);
      sum += future.getNow(null);
    }
    return sum;
  }
}
