package dev.statecraft.benchmarks.jdk21;

import dev.statecraft.benchmarks.ThreadGenerator;
import java.util.Iterator;
import java.util.function.IntFunction;

/** The JDK 21+ generators for {@code RetainedMemoryMain}, which loads this class by name. */
public final class Jdk21Kinds {
  private Jdk21Kinds() {}

  public static IntFunction<Iterator<?>> continuation() {
    return n -> new ContinuationGenerator<>(ThreadGenerator.range(n));
  }

  public static IntFunction<Iterator<?>> virtualThread() {
    return n ->
        new ThreadGenerator<>(r -> Thread.ofVirtual().unstarted(r), ThreadGenerator.range(n));
  }
}
