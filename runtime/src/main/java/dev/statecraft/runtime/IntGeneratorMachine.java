package dev.statecraft.runtime;

import java.util.Iterator;
import java.util.PrimitiveIterator;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

/**
 * Base class of the generated machine of a generator with {@code int} elements
 * ({@code IntStream}, {@code PrimitiveIterator.OfInt}).
 *
 * <p>The element lives in a primitive field and reaches the consumer through {@link #nextInt()},
 * {@code forEachRemaining(IntConsumer)} (the interface default, which calls {@code nextInt}) or
 * the stream {@link #stream} makes, without ever boxing (DESIGN.md: primitive return types never
 * box). Only the boxed {@link #next()} that {@code Iterator<Integer>} demands boxes, for a caller
 * who asks.
 */
public abstract class IntGeneratorMachine extends AbstractGenerator
    implements PrimitiveIterator.OfInt {
  /** The element the body yielded last; valid while an element is buffered. */
  protected int current;

  protected IntGeneratorMachine() {}

  @Override
  public final int nextInt() {
    consume();
    return current;
  }

  /** The boxed view of {@link #nextInt()}, for callers that ask for an {@code Integer}. */
  @Override
  public final Integer next() {
    return nextInt();
  }

  /** A nested generator of the same primitive kind joins the delegation chain: O(1), no box. */
  @Override
  final boolean adopts(AbstractGenerator inner) {
    return inner instanceof IntGeneratorMachine;
  }

  @Override
  final void takeFrom(AbstractGenerator inner) {
    current = ((IntGeneratorMachine) inner).current;
  }

  /**
   * A primitive delegate (a primitive iterator, a {@code yieldAll(IntStream)} source, or a
   * generated int generator driving a chain of its own) hands its element over unboxed.
   */
  @Override
  final void takeFromDelegate(Iterator<?> delegate) {
    current = delegate instanceof PrimitiveIterator.OfInt
        ? ((PrimitiveIterator.OfInt) delegate).nextInt()
        : unbox(delegate.next());
  }

  /** Nothing to forget: a primitive keeps no object alive. */
  @Override
  final void clearCurrent() {}

  /**
   * The stream a generated factory returns: sequential and ordered, each terminal operation
   * creating its machine from {@code factory} when it first needs an element (see
   * {@code MachineSpliterator}); {@code close()} closes the generator.
   */
  public static IntStream stream(
      java.util.function.Supplier<? extends IntGeneratorMachine> factory) {
    MachineSpliterator.OfInt spliterator = new MachineSpliterator.OfInt(factory);
    return StreamSupport.intStream(spliterator, false).onClose(spliterator::close);
  }

  /**
   * An element of a boxed {@code yieldAll} source, converted as Java's assignment to {@code int}
   * would (the processor admits exactly the sources whose elements convert so). Anything else, only
   * reachable through heap pollution, is a {@link ClassCastException} rather than a silent
   * narrowing; {@code null} is a {@link NullPointerException}, as unboxing is.
   */
  static int unbox(Object element) {
    if (element instanceof Character) {
      return (Character) element;
    }
    if (element instanceof Short || element instanceof Byte) {
      return ((Number) element).intValue();
    }
    return (Integer) element;
  }
}
