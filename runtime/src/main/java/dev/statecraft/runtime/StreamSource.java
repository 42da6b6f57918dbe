package dev.statecraft.runtime;

import java.util.Iterator;
import java.util.Objects;
import java.util.PrimitiveIterator;
import java.util.stream.BaseStream;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The iterator of a {@code yieldAll(stream)} source, closing the stream when closed.
 *
 * <p>A primitive stream's source is a {@link PrimitiveIterator} of its kind over the stream's own
 * primitive iterator, so that a primitive generator takes each element with {@code nextInt()}
 * (or {@code nextLong()}, {@code nextDouble()}) and never boxes it (DESIGN.md: primitive return
 * types never box); a boxed generator reads the boxed {@code next()}, which boxes as
 * {@code yieldReturn} of the primitive would.
 */
class StreamSource<E> implements Iterator<E>, AutoCloseable {
  private final BaseStream<?, ?> stream;
  private final Iterator<E> iterator;

  private StreamSource(BaseStream<?, ?> stream, Iterator<E> iterator) {
    this.stream = stream;
    this.iterator = iterator;
  }

  /** The source of a reference {@code Stream} (or any other {@code BaseStream}). */
  @SuppressWarnings("unchecked")
  static StreamSource<Object> of(BaseStream<?, ?> stream) {
    return new StreamSource<>(stream, (Iterator<Object>) nonNull(stream).iterator());
  }

  private static <S extends BaseStream<?, ?>> S nonNull(S stream) {
    return Objects.requireNonNull(stream, "yieldAll source is null");
  }

  @Override
  public final boolean hasNext() {
    return iterator.hasNext();
  }

  @Override
  public final E next() {
    return iterator.next();
  }

  @Override
  public final void close() {
    stream.close();
  }

  /** An {@code IntStream}'s elements, unboxed. */
  static final class OfInt extends StreamSource<Integer> implements PrimitiveIterator.OfInt {
    private final PrimitiveIterator.OfInt elements;

    OfInt(IntStream stream) {
      this(stream, nonNull(stream).iterator());
    }

    private OfInt(IntStream stream, PrimitiveIterator.OfInt elements) {
      super(stream, elements);
      this.elements = elements;
    }

    @Override
    public int nextInt() {
      return elements.nextInt();
    }
  }

  /** A {@code LongStream}'s elements, unboxed. */
  static final class OfLong extends StreamSource<Long> implements PrimitiveIterator.OfLong {
    private final PrimitiveIterator.OfLong elements;

    OfLong(LongStream stream) {
      this(stream, nonNull(stream).iterator());
    }

    private OfLong(LongStream stream, PrimitiveIterator.OfLong elements) {
      super(stream, elements);
      this.elements = elements;
    }

    @Override
    public long nextLong() {
      return elements.nextLong();
    }
  }

  /** A {@code DoubleStream}'s elements, unboxed. */
  static final class OfDouble extends StreamSource<Double> implements PrimitiveIterator.OfDouble {
    private final PrimitiveIterator.OfDouble elements;

    OfDouble(DoubleStream stream) {
      this(stream, nonNull(stream).iterator());
    }

    private OfDouble(DoubleStream stream, PrimitiveIterator.OfDouble elements) {
      super(stream, elements);
      this.elements = elements;
    }

    @Override
    public double nextDouble() {
      return elements.nextDouble();
    }
  }
}
