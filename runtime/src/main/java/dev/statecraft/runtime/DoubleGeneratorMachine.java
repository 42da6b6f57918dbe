package dev.statecraft.runtime;

import java.util.Iterator;
import java.util.PrimitiveIterator;
import java.util.stream.DoubleStream;
import java.util.stream.StreamSupport;

/**
 * Base class of the generated machine of a generator with {@code double} elements
 * ({@code DoubleStream}, {@code PrimitiveIterator.OfDouble}).
 *
 * <p>The element lives in a primitive field and reaches the consumer through {@link
 * #nextDouble()}, {@code forEachRemaining(DoubleConsumer)} (the interface default, which calls
 * {@code nextDouble}) or the stream {@link #stream} makes, without ever boxing (DESIGN.md:
 * primitive return types never box). Only the boxed {@link #next()} that {@code Iterator<Double>}
 * demands boxes, for a caller who asks.
 */
public abstract class DoubleGeneratorMachine extends AbstractGenerator
    implements PrimitiveIterator.OfDouble {
  /** The element the body yielded last; valid while an element is buffered. */
  protected double current;

  protected DoubleGeneratorMachine() {}

  @Override
  public final double nextDouble() {
    consume();
    return current;
  }

  /** The boxed view of {@link #nextDouble()}, for callers that ask for a {@code Double}. */
  @Override
  public final Double next() {
    return nextDouble();
  }

  /** A nested generator of the same primitive kind joins the delegation chain: O(1), no box. */
  @Override
  final boolean adopts(AbstractGenerator inner) {
    return inner instanceof DoubleGeneratorMachine;
  }

  @Override
  final void takeFrom(AbstractGenerator inner) {
    current = ((DoubleGeneratorMachine) inner).current;
  }

  /**
   * A primitive delegate (a primitive iterator, or the source of a primitive stream) hands its
   * element over unboxed; {@code int} and {@code long} ones (which the processor admits, as Java
   * widens them to {@code double}) are widened without boxing too.
   */
  @Override
  final void takeFromDelegate(Iterator<?> delegate) {
    if (delegate instanceof PrimitiveIterator.OfDouble) {
      current = ((PrimitiveIterator.OfDouble) delegate).nextDouble();
    } else if (delegate instanceof PrimitiveIterator.OfLong) {
      current = ((PrimitiveIterator.OfLong) delegate).nextLong();
    } else if (delegate instanceof PrimitiveIterator.OfInt) {
      current = ((PrimitiveIterator.OfInt) delegate).nextInt();
    } else {
      current = unbox(delegate.next());
    }
  }

  /** Nothing to forget: a primitive keeps no object alive. */
  @Override
  final void clearCurrent() {}

  /**
   * The stream a generated factory returns: sequential and ordered, each terminal operation
   * creating its machine from {@code factory} when it first needs an element (see
   * {@code MachineSpliterator}); {@code close()} closes the generator.
   */
  public static DoubleStream stream(
      java.util.function.Supplier<? extends DoubleGeneratorMachine> factory) {
    MachineSpliterator.OfDouble spliterator = new MachineSpliterator.OfDouble(factory);
    return StreamSupport.doubleStream(spliterator, false).onClose(spliterator::close);
  }

  /** An element of a boxed source, converted as assignment to {@code double} would. */
  static double unbox(Object element) {
    if (element instanceof Double) {
      return (Double) element;
    }
    return element instanceof Float ? (Float) element : LongGeneratorMachine.unbox(element);
  }
}
