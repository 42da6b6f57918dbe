package dev.statecraft.benchmarks.jdk21;

import dev.statecraft.benchmarks.SumBenchmark;
import dev.statecraft.benchmarks.ThreadGenerator;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@link SumBenchmark}'s job on the JDK 21+ peers. Scores are nanoseconds per element. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@OperationsPerInvocation(SumBenchmark.N)
public class Jdk21SumBenchmark {
  public int n = SumBenchmark.N;

  /** A virtual thread per generator, each element handed over a SynchronousQueue. */
  @Benchmark
  public int virtualThread() {
    int sum = 0;
    Iterator<Integer> it =
        new ThreadGenerator<>(r -> Thread.ofVirtual().unstarted(r), ThreadGenerator.range(n));
    while (it.hasNext()) {
      sum += it.next();
    }
    return sum;
  }

  /** A {@code jdk.internal.vm.Continuation} per generator, run on the benchmark thread. */
  @Benchmark
  @Fork(jvmArgsAppend = "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED")
  public int continuation() {
    int sum = 0;
    Iterator<Integer> it = new ContinuationGenerator<>(ThreadGenerator.range(n));
    while (it.hasNext()) {
      sum += it.next();
    }
    return sum;
  }
}
