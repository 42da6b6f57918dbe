package dev.statecraft.runtime;

import java.util.Iterator;
import java.util.PrimitiveIterator;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;

/**
 * Base class of the generated machine of a generator with {@code long} elements
 * ({@code LongStream}, {@code PrimitiveIterator.OfLong}).
 *
 * <p>The element lives in a primitive field and reaches the consumer through {@link #nextLong()},
 * {@code forEachRemaining(LongConsumer)} (the interface default, which calls {@code nextLong}) or
 * the stream {@link #stream} makes, without ever boxing (DESIGN.md: primitive return types never
 * box). Only the boxed {@link #next()} that {@code Iterator<Long>} demands boxes, for a caller who
 * asks.
 */
public abstract class LongGeneratorMachine extends AbstractGenerator
    implements PrimitiveIterator.OfLong {
  /** The element the body yielded last; valid while an element is buffered. */
  protected long current;

  protected LongGeneratorMachine() {}

  @Override
  public final long nextLong() {
    consume();
    return current;
  }

  /** The boxed view of {@link #nextLong()}, for callers that ask for a {@code Long}. */
  @Override
  public final Long next() {
    return nextLong();
  }

  /** A nested generator of the same primitive kind joins the delegation chain: O(1), no box. */
  @Override
  final boolean adopts(AbstractGenerator inner) {
    return inner instanceof LongGeneratorMachine;
  }

  @Override
  final void takeFrom(AbstractGenerator inner) {
    current = ((LongGeneratorMachine) inner).current;
  }

  /**
   * A primitive delegate (a primitive iterator, or the source of a primitive stream) hands its
   * element over unboxed; an {@code int} one (which the processor admits, as Java widens
   * {@code int} to {@code long}) is widened without boxing too.
   */
  @Override
  final void takeFromDelegate(Iterator<?> delegate) {
    if (delegate instanceof PrimitiveIterator.OfLong) {
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
  public static LongStream stream(
      java.util.function.Supplier<? extends LongGeneratorMachine> factory) {
    MachineSpliterator.OfLong spliterator = new MachineSpliterator.OfLong(factory);
    return StreamSupport.longStream(spliterator, false).onClose(spliterator::close);
  }

  /** An element of a boxed source, converted as assignment to {@code long} would. */
  static long unbox(Object element) {
    return element instanceof Long ? (Long) element : IntGeneratorMachine.unbox(element);
  }
}
