package dev.statecraft.benchmarks;

import java.util.Iterator;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One job, many ways: sum the ints {@code 0 .. 999}. Every score is nanoseconds per element
 * ({@link OperationsPerInvocation} = {@value #N}), generator creation included.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@OperationsPerInvocation(SumBenchmark.N)
public class SumBenchmark {
  public static final int N = 1000;

  /** A field, not a constant, so that the JIT cannot fold the job away. */
  public int n = N;

  @Benchmark
  public int forLoop() {
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += i;
    }
    return sum;
  }

  @Benchmark
  public int handWrittenIterator() {
    int sum = 0;
    Iterator<Integer> it = HandWritten.range(n);
    while (it.hasNext()) {
      sum += it.next();
    }
    return sum;
  }

  @Benchmark
  public int generatedIterable() {
    int sum = 0;
    for (int x : SequencesGen.range(n)) {
      sum += x;
    }
    return sum;
  }

  @Benchmark
  public int generatedIterator() {
    int sum = 0;
    Iterator<Integer> it = SequencesGen.rangeIterator(n);
    while (it.hasNext()) {
      sum += it.next();
    }
    return sum;
  }

  @Benchmark
  public int handWrittenIntIterator() {
    int sum = 0;
    PrimitiveIterator.OfInt it = HandWritten.rangeInt(n);
    while (it.hasNext()) {
      sum += it.nextInt();
    }
    return sum;
  }

  @Benchmark
  public int generatedIntIterator() {
    int sum = 0;
    PrimitiveIterator.OfInt it = SequencesGen.rangeInt(n);
    while (it.hasNext()) {
      sum += it.nextInt();
    }
    return sum;
  }

  @Benchmark
  public int generatedIntStream() {
    return SequencesGen.rangeIntStream(n).sum();
  }

  /** The same job as {@link #generatedIntStream}: a hand-written iterator made a stream. */
  @Benchmark
  public int handWrittenIntStream() {
    return StreamSupport.intStream(
            Spliterators.spliteratorUnknownSize(HandWritten.rangeInt(n), Spliterator.ORDERED),
            false)
        .sum();
  }

  @Benchmark
  public int streamIterate() {
    int m = n;
    return Stream.iterate(0, i -> i < m, i -> i + 1).mapToInt(Integer::intValue).sum();
  }

  @Benchmark
  public int intStreamRange() {
    return IntStream.range(0, n).sum();
  }

  /** A platform thread per generator, each element handed over a SynchronousQueue. */
  @Benchmark
  public int platformThread() {
    int sum = 0;
    Iterator<Integer> it =
        new ThreadGenerator<>(ThreadGenerator::platformThread, ThreadGenerator.range(n));
    while (it.hasNext()) {
      sum += it.next();
    }
    return sum;
  }
}
