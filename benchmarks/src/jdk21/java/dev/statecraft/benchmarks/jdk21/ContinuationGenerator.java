package dev.statecraft.benchmarks.jdk21;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * A generator on the JDK's internal one-shot delimited continuations (the machinery under
 * virtual threads), without a scheduler or a second thread: {@code hasNext} runs the body until
 * it yields. Needs {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED} to compile and
 * to run; only these benchmarks pass it.
 */
public final class ContinuationGenerator<T> implements Iterator<T> {
  private static final ContinuationScope SCOPE = new ContinuationScope("statecraft-benchmark");

  private final Continuation continuation;
  private T next;
  private boolean ready;

  public ContinuationGenerator(Consumer<Consumer<T>> body) {
    continuation = new Continuation(SCOPE, () -> body.accept(this::yieldElement));
  }

  private void yieldElement(T element) {
    next = element;
    ready = true;
    Continuation.yield(SCOPE);
  }

  @Override
  public boolean hasNext() {
    if (!ready && !continuation.isDone()) {
      continuation.run();
    }
    return ready;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T element = next;
    next = null;
    ready = false;
    return element;
  }
}
