package dev.statecraft.benchmarks.jdk21;

import dev.statecraft.benchmarks.AsyncBenchmark;
import dev.statecraft.benchmarks.Later;
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
 * {@link AsyncBenchmark}'s job on a virtual thread that blocks in {@code join()}, one thread per
 * call (as one machine per call). Scores are nanoseconds per await.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@OperationsPerInvocation(AsyncBenchmark.N)
public class Jdk21AsyncBenchmark {
  private CompletableFuture<Integer>[] completed;

  @Setup
  public void setUp() {
    completed = AsyncBenchmark.completedFutures();
  }

  @Benchmark
  public int completedVirtualThread() throws InterruptedException {
    CompletableFuture<Integer>[] futures = completed;
    int[] sum = new int[1];
    Thread thread = Thread.ofVirtual().start(() -> {
      int s = 0;
      for (CompletableFuture<Integer> future : futures) {
        s += future.join();
      }
      sum[0] = s;
    });
    thread.join();
    return sum[0];
  }

  /**
   * Each join() parks the virtual thread; the completion on the benchmark thread unparks it, and
   * the benchmark thread waits until it asks for the next future (a thread hand-over per await).
   */
  @Benchmark
  public int laterVirtualThread() throws InterruptedException {
    Later source = new Later();
    int[] sum = new int[1];
    Thread thread = Thread.ofVirtual().start(() -> {
      int s = 0;
      for (int i = 0; i < AsyncBenchmark.N; i++) {
        s += source.next().join();
      }
      sum[0] = s;
    });
    source.completeAll(AsyncBenchmark.N);
    thread.join();
    return sum[0];
  }
}
