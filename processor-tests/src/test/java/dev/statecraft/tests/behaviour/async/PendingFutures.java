package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The futures a test hands to its templates: complete at once ({@code now}), so the machine
 * takes the synchronous path, or completed later by {@link #completeAll()}, in creation order and
 * each from a new thread, so the machine resumes from the completing thread.
 */
final class PendingFutures {
  private final List<Runnable> completions = new ArrayList<>();

  <T> CompletableFuture<T> value(boolean now, T value) {
    if (now) {
      return CompletableFuture.completedFuture(value);
    }
    CompletableFuture<T> future = new CompletableFuture<>();
    completions.add(() -> future.complete(value));
    return future;
  }

  <T> CompletableFuture<T> failure(boolean now, Throwable failure) {
    if (now) {
      return CompletableFuture.failedFuture(failure);
    }
    CompletableFuture<T> future = new CompletableFuture<>();
    completions.add(() -> future.completeExceptionally(failure));
    return future;
  }

  /**
   * Completes the newest future first, then the others in creation order: for a template that
   * awaits the future it got last before the ones it gets from it.
   */
  void completeNewestFirst() {
    java.util.Collections.rotate(completions, 1);
    completeAll();
  }

  /** Completes the futures made so far that are not complete yet, then forgets them. */
  void completeAll() {
    for (Runnable completion : completions) {
      runOnThread("completer", completion);
    }
    completions.clear();
  }
}
