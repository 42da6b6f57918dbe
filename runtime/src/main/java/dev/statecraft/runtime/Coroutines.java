package dev.statecraft.runtime;

import java.util.Iterator;
import java.util.concurrent.CompletionStage;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The marker methods a template body is written with, plus a few helpers for users.
 *
 * <p>Inside a {@code @Generator} or {@code @Async} method the Statecraft processor replaces every
 * marker call by state-machine code; the methods here only ever run when a template is called
 * directly (the processor is missing from the build, or code calls the template instead of its
 * generated factory). They then throw {@link IllegalStateException} saying what to do: nothing
 * silently blocks or buffers.
 */
public final class Coroutines {
  private Coroutines() {}

  /** Hands {@code value} to the consumer and suspends the generator (C# {@code yield return}). */
  public static <T> void yieldReturn(T value) {
    throw MissingTransform.forMarker("yieldReturn");
  }

  /** Hands every element of {@code source} on, lazily (Python {@code yield from}). */
  public static void yieldAll(Iterable<?> source) {
    throw MissingTransform.forMarker("yieldAll");
  }

  /** Hands every element of {@code source} on, lazily. */
  public static void yieldAll(Iterator<?> source) {
    throw MissingTransform.forMarker("yieldAll");
  }

  /** Hands every element of {@code source} on, lazily, and closes the stream afterwards. */
  public static void yieldAll(Stream<?> source) {
    throw MissingTransform.forMarker("yieldAll");
  }

  /**
   * Hands every element of {@code source} on, lazily, and closes the stream afterwards; a primitive
   * generator ({@code IntStream}, {@code PrimitiveIterator.OfInt}, or a {@code long}/{@code double}
   * one, widening as Java's assignment does) takes the elements without boxing them.
   */
  public static void yieldAll(IntStream source) {
    throw MissingTransform.forMarker("yieldAll");
  }

  /** As {@link #yieldAll(IntStream)}, for {@code long} elements. */
  public static void yieldAll(LongStream source) {
    throw MissingTransform.forMarker("yieldAll");
  }

  /** As {@link #yieldAll(IntStream)}, for {@code double} elements. */
  public static void yieldAll(DoubleStream source) {
    throw MissingTransform.forMarker("yieldAll");
  }

  /** Ends the generator's sequence: write {@code return done();} (C# {@code yield break}). */
  public static <R> R done() {
    throw MissingTransform.forMarker("done");
  }

  /**
   * Suspends the {@code @Async} body until {@code stage} completes and evaluates to its value, or
   * throws its failure (unwrapped from {@code CompletionException}/{@code ExecutionException}).
   */
  public static <T> T await(CompletionStage<T> stage) {
    throw MissingTransform.forMarker("await");
  }

  /**
   * Closes {@code iterator} when it is {@link AutoCloseable} (every generated generator is), and
   * does nothing otherwise. Closing a suspended generator runs its pending {@code finally} blocks
   * and closes its pending try-with-resources resources.
   */
  public static void close(Iterator<?> iterator) {
    if (iterator instanceof AutoCloseable) {
      try {
        ((AutoCloseable) iterator).close();
      } catch (Exception e) {
        throw Sneaky.<RuntimeException>rethrow(e);
      }
    }
  }
}
