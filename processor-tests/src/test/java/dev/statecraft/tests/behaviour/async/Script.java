package dev.statecraft.tests.behaviour.async;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Hands a template one stage per {@code get()}, with the next of the scripted values: either
 * complete at once ({@code now}) or pending until {@link #drive} completes them one by one on
 * another thread (where the machine resumes and asks for the next).
 */
final class Script<T> implements Supplier<CompletableFuture<T>> {
  private final boolean now;
  private final Iterator<T> values;
  private final Queue<CompletableFuture<T>> pending = new ConcurrentLinkedQueue<>();
  private final AtomicInteger asked = new AtomicInteger();

  private Script(boolean now, List<T> values) {
    this.now = now;
    this.values = values.iterator();
  }

  @SafeVarargs
  static <T> Script<T> of(boolean now, T... values) {
    return new Script<>(now, Arrays.asList(values));
  }

  @Override
  public CompletableFuture<T> get() {
    asked.incrementAndGet();
    if (now) {
      return CompletableFuture.completedFuture(values.next());
    }
    CompletableFuture<T> future = new CompletableFuture<>();
    pending.add(future);
    return future;
  }

  /** Completes every stage handed out, including those asked for while completing. */
  void drive() {
    Completions.runOnThread("script", () -> {
      CompletableFuture<T> next;
      while ((next = pending.poll()) != null) {
        next.complete(values.next());
      }
    });
  }

  /** How many stages the template asked for. */
  int asked() {
    return asked.get();
  }
}
