package dev.statecraft.benchmarks;

import java.util.Iterator;
import java.util.PrimitiveIterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Recursive pre-order walk of a degenerate chain tree (one child per node) of the given depth,
 * one element per node. Each invocation visits {@value #ELEMENTS} elements (walking the chain
 * {@code ELEMENTS / depth} times), so every score is nanoseconds per element.
 *
 * <p>The nested plain iterators recurse once per level in {@code hasNext} and {@code next}; on the
 * default 1 MB thread stack they still reach depth 10,000 (StackDepthMain finds where each walk
 * overflows), so every depth is measured for all three.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(TreeBenchmark.ELEMENTS)
public class TreeBenchmark {
  public static final int ELEMENTS = 10_000;

  @State(Scope.Benchmark)
  public static class Chain {
    @Param({"10", "100", "1000", "10000"})
    public int depth;

    Node root;
    int walks;

    @Setup(Level.Trial)
    public void build() {
      root = Node.chain(depth);
      walks = ELEMENTS / depth;
    }
  }

  @Benchmark
  public int generated(Chain chain) {
    int sum = 0;
    for (int w = 0; w < chain.walks; w++) {
      for (int x : TreeGen.walk(chain.root)) {
        sum += x;
      }
    }
    return sum;
  }

  @Benchmark
  public int generatedInt(Chain chain) {
    int sum = 0;
    for (int w = 0; w < chain.walks; w++) {
      PrimitiveIterator.OfInt it = TreeGen.walkInt(chain.root);
      while (it.hasNext()) {
        sum += it.nextInt();
      }
    }
    return sum;
  }

  @Benchmark
  public int plainNested(Chain chain) {
    int sum = 0;
    for (int w = 0; w < chain.walks; w++) {
      Iterator<Integer> it = PlainTree.walk(chain.root);
      while (it.hasNext()) {
        sum += it.next();
      }
    }
    return sum;
  }
}
