package dev.statecraft.tests.behaviour.primitive;

import java.lang.management.ManagementFactory;
import java.util.PrimitiveIterator;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntToLongFunction;

/**
 * Measures the heap bytes the current thread allocates while consuming {@link #N} elements of a
 * generated primitive generator in one way or another. Boxing each element (all of them lie
 * outside the {@code Integer} cache) costs at least 16 bytes per element; the primitive paths
 * must cost nothing per element.
 *
 * <p>{@link NoBoxingTest} runs the probe in the test's JVM and, so that the JIT's escape analysis
 * cannot hide a box that the code does create, in a second JVM with {@code -Xint} through
 * {@link #main}.
 */
final class AllocationProbe {
  static final int N = 200_000;

  /** Where the control scenarios put their boxes, so that every box escapes. */
  static volatile Object sink;

  private static long intSink;
  private static double doubleSink;

  enum Scenario {
    /** {@code hasNext()}/{@code nextInt()} on a generated {@code OfInt}. */
    NEXT_INT(true, n -> {
      PrimitiveIterator.OfInt it = PrimitiveTemplatesGen.big(n);
      long sum = 0;
      while (it.hasNext()) {
        sum += it.nextInt();
      }
      return sum;
    }),
    /** {@code forEachRemaining(IntConsumer)} on a generated {@code OfInt}. */
    FOR_EACH_INT_CONSUMER(true, n -> {
      intSink = 0;
      IntConsumer add = x -> intSink += x;
      PrimitiveTemplatesGen.big(n).forEachRemaining(add);
      return intSink;
    }),
    /** {@code forEachRemaining(Consumer<Integer>)} with an {@code IntConsumer}: must not box. */
    FOR_EACH_CONSUMER_THAT_IS_INT_CONSUMER(true, n -> {
      intSink = 0;
      class Both implements IntConsumer, Consumer<Integer> {
        @Override
        public void accept(int x) {
          intSink += x;
        }

        @Override
        public void accept(Integer x) {
          throw new AssertionError("boxed " + x);
        }
      }
      PrimitiveTemplatesGen.big(n).forEachRemaining((Consumer<Integer>) new Both());
      return intSink;
    }),
    /** A terminal op on a generated {@code IntStream}. */
    INT_STREAM_SUM(true, n -> PrimitiveTemplatesGen.bigStream(n).asLongStream().sum()),
    /** Stateless and short-circuiting ops on a generated {@code IntStream}. */
    INT_STREAM_FILTER_LIMIT_SUM(true,
        n -> PrimitiveTemplatesGen.bigStream(2 * n).filter(x -> x >= 1000).limit(n)
            .asLongStream().sum()),
    LONG_STREAM_SUM(true, n -> PrimitiveTemplatesGen.bigLongs(n).sum()),
    DOUBLE_FOR_EACH(true, n -> {
      doubleSink = 0;
      PrimitiveTemplatesGen.bigDoubles(n).forEachRemaining((double x) -> doubleSink += x);
      return (long) doubleSink;
    }),
    /** {@code yieldAll} of a generated {@code OfInt} into an int generator. */
    RELAY_NEXT_INT(true, n -> {
      PrimitiveIterator.OfInt it = PrimitiveDelegationTemplatesGen.bigRelay(n);
      long sum = 0;
      while (it.hasNext()) {
        sum += it.nextInt();
      }
      return sum;
    }),
    /** {@code yieldAll} of a generated {@code OfInt} into a long generator, widened. */
    RELAY_AS_LONGS_SUM(true, n -> PrimitiveDelegationTemplatesGen.bigRelayAsLongs(n).sum()),
    /**
     * {@code yieldAll(IntStream.range(...))} in an {@code IntStream} generator, consumed with
     * {@code nextInt()}: the stream's elements reach the consumer unboxed.
     */
    INT_STREAM_SOURCE_NEXT_INT(true, n -> {
      PrimitiveIterator.OfInt it = PrimitiveStreamSourceTemplatesGen.bigRangeRelay(n).iterator();
      long sum = 0;
      while (it.hasNext()) {
        sum += it.nextInt();
      }
      return sum;
    }),
    /** {@code yieldAll(IntStream.range(...))} in a {@code LongStream} generator, widened. */
    INT_STREAM_SOURCE_AS_LONGS_SUM(true,
        n -> PrimitiveStreamSourceTemplatesGen.bigRangeRelayAsLongs(n).sum()),
    /** Control: the boxed {@code next()}, whose boxes escape. Must be seen to allocate. */
    CONTROL_BOXED_NEXT(false, n -> {
      PrimitiveIterator.OfInt it = PrimitiveTemplatesGen.big(n);
      long sum = 0;
      while (it.hasNext()) {
        Integer boxed = it.next();
        sink = boxed;
        sum += boxed;
      }
      return sum;
    }),
    /** Control: a {@code Stream<Integer>} view of a generated {@code IntStream}. */
    CONTROL_BOXED_STREAM(false, n -> PrimitiveTemplatesGen.bigStream(n).boxed()
        .peek(x -> sink = x).mapToLong(Integer::longValue).sum());

    final boolean primitive;
    private final IntToLongFunction body;

    Scenario(boolean primitive, IntToLongFunction body) {
      this.primitive = primitive;
      this.body = body;
    }

    /** Runs the scenario over {@code n} elements; returns the sum of the elements seen. */
    long run(int n) {
      return body.applyAsLong(n);
    }
  }

  /** The sum of the elements each scenario must see, so that no scenario can skip its work. */
  static long expectedSum(int n) {
    return (long) n * (n - 1) / 2 + 1000L * n;
  }

  static long expectedDoubleSum(int n) {
    return (long) ((double) n * (n - 1) / 2 + 0.5 * n);
  }

  /** Bytes the current thread allocates while {@code scenario} consumes {@link #N} elements. */
  static long allocatedBytes(Scenario scenario) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    scenario.run(1000); // loads and links every class and lambda the scenario uses
    scenario.run(1000);
    long before = threads.getCurrentThreadAllocatedBytes();
    long sum = scenario.run(N);
    long after = threads.getCurrentThreadAllocatedBytes();
    long expected = scenario == Scenario.DOUBLE_FOR_EACH ? expectedDoubleSum(N) : expectedSum(N);
    if (sum != expected) {
      throw new AssertionError(scenario + " saw elements summing to " + sum + ", not " + expected);
    }
    return after - before;
  }

  static boolean supported() {
    return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
        && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled();
  }

  /** Prints {@code SCENARIO bytes} per line, for {@link NoBoxingTest} to read from a second JVM. */
  public static void main(String[] args) {
    for (Scenario scenario : Scenario.values()) {
      System.out.println(scenario.name() + " " + allocatedBytes(scenario));
    }
  }
}
