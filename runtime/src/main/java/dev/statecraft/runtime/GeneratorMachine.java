package dev.statecraft.runtime;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
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

  /** This generator as a sequential, ordered stream whose {@code close()} closes the generator. */
  public final Stream<T> asStream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
        .onClose(this::close);
  }
}
