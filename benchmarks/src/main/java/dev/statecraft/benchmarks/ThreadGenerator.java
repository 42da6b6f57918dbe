package dev.statecraft.benchmarks;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.SynchronousQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A generator the way it is written without compiler help: the body runs on its own thread and
 * hands each element over a {@link SynchronousQueue}. The thread comes from {@code threads}, so
 * the same code serves platform threads (here) and virtual threads (JDK 21+ sources).
 *
 * <p>Each handoff is a rendezvous of two threads; the consumer takes elements one at a time.
 */
public final class ThreadGenerator<T> implements Iterator<T> {
  private static final Object END = new Object();

  private final SynchronousQueue<Object> queue = new SynchronousQueue<>();
  private Object next;

  /**
   * Starts {@code body} on a new thread from {@code threads}; {@code body} yields by calling
   * the consumer it is given.
   */
  public ThreadGenerator(Function<Runnable, Thread> threads, Consumer<Consumer<T>> body) {
    Thread thread = threads.apply(() -> {
      try {
        body.accept(element -> put(element));
        put(END);
      } catch (RuntimeException e) {
        put(END);
      }
    });
    thread.start();
  }

  /** A platform daemon thread. */
  public static Thread platformThread(Runnable body) {
    Thread thread = new Thread(body, "thread-generator");
    thread.setDaemon(true);
    return thread;
  }

  /** The integers {@code 0 .. n-1}. */
  public static Consumer<Consumer<Integer>> range(int n) {
    return sink -> {
      for (int i = 0; i < n; i++) {
        sink.accept(i);
      }
    };
  }

  private void put(Object element) {
    try {
      queue.put(element);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return next != END;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T element = (T) next;
    next = null;
    return element;
  }
}
