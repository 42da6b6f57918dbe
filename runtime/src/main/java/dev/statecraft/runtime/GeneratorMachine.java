package dev.statecraft.runtime;

import java.util.Iterator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Base class of the generated machine of a generator with a reference element type
 * ({@code Iterable<T>}, {@code Iterator<T>}, {@code Stream<T>}).
 */
public abstract class GeneratorMachine<T> extends AbstractGenerator implements Iterator<T> {
  /** The element the body yielded last; valid while an element is buffered. */
  protected T current;

  protected GeneratorMachine() {}

  @Override
  public final T next() {
    consume();
    T element = current;
    current = null;
    return element;
  }

  @Override
  @SuppressWarnings("unchecked")
  final void takeFromDelegate(Iterator<?> delegate) {
    current = (T) delegate.next();
  }

  @Override
  final boolean adopts(AbstractGenerator inner) {
    return inner instanceof GeneratorMachine;
  }

  @Override
  @SuppressWarnings("unchecked")
  final void takeFrom(AbstractGenerator inner) {
    GeneratorMachine<?> machine = (GeneratorMachine<?>) inner;
    current = (T) machine.current;
    machine.current = null;
  }

  @Override
  final void clearCurrent() {
    current = null;
  }

  /**
   * The stream a generated factory returns: sequential and ordered, each terminal operation
   * creating its machine from {@code factory} when it first needs an element (see
   * {@code MachineSpliterator}); {@code close()} closes the generator.
   */
  public static <T> Stream<T> stream(
      java.util.function.Supplier<? extends GeneratorMachine<T>> factory) {
    MachineSpliterator.OfRef<T> spliterator = new MachineSpliterator.OfRef<>(factory);
    return StreamSupport.stream(spliterator, false).onClose(spliterator::close);
  }
}
