package dev.statecraft.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.function.IntFunction;

/**
 * Heap retained per suspended generator. Creates {@code count} generators of the integers
 * {@code 0 .. 999}, takes the first element of each (so each is suspended at its first yield, the
 * way a half-consumed generator sits in a data structure), holds them all in an array, and divides
 * the growth of the used heap (after full GCs, {@link MemoryMXBean}) by {@code count}.
 *
 * <p>Usage: {@code java -XX:+UseSerialGC -cp benchmarks.jar
 * dev.statecraft.benchmarks.RetainedMemoryMain KIND [COUNT]}, one JVM per kind. KIND is one of
 * {@code generated}, {@code generated-int}, {@code hand-written}, {@code continuation} and
 * {@code virtual-thread} (the last two need JDK 21+, and {@code continuation} needs
 * {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}). Prints one line
 * {@code RESULT kind=... count=... bytes=...}.
 */
public final class RetainedMemoryMain {
  private static final int ELEMENTS = 1000;

  private RetainedMemoryMain() {}

  public static void main(String[] args) throws Exception {
    String kind = args.length > 0 ? args[0] : "generated";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    IntFunction<Iterator<?>> factory = factory(kind);

    // Warm up: class loading, JIT, and for virtual threads the carrier pool.
    Object[] warm = fill(factory, 1000);
    Reference.reachabilityFence(warm);
    warm = null;

    Object[] held = new Object[count];
    long before = usedAfterGc();
    fill(factory, held);
    long after = usedAfterGc();
    Reference.reachabilityFence(held);
    double perGenerator = (after - before) / (double) count;
    System.out.printf("RESULT kind=%s count=%d bytes=%.1f%n", kind, count, perGenerator);
    System.exit(0); // virtual-thread generators are still parked in put()
  }

  static IntFunction<Iterator<?>> factory(String kind) throws Exception {
    switch (kind) {
      case "generated":
        return n -> SequencesGen.rangeIterator(n);
      case "generated-iterable":
        return n -> SequencesGen.range(n).iterator();
      case "generated-int":
        return n -> SequencesGen.rangeInt(n);
      case "hand-written":
        return n -> HandWritten.range(n);
      case "continuation":
      case "virtual-thread":
        Class<?> kinds = Class.forName("dev.statecraft.benchmarks.jdk21.Jdk21Kinds");
        Method method =
            kinds.getMethod(kind.equals("continuation") ? "continuation" : "virtualThread");
        @SuppressWarnings("unchecked")
        IntFunction<Iterator<?>> f = (IntFunction<Iterator<?>>) method.invoke(null);
        return f;
      default:
        throw new IllegalArgumentException("unknown kind " + kind);
    }
  }

  private static Object[] fill(IntFunction<Iterator<?>> factory, int count) {
    Object[] held = new Object[count];
    fill(factory, held);
    return held;
  }

  private static void fill(IntFunction<Iterator<?>> factory, Object[] held) {
    for (int i = 0; i < held.length; i++) {
      Iterator<?> it = factory.apply(ELEMENTS);
      it.next();
      held[i] = it;
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
