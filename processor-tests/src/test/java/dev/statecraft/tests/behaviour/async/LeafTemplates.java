package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.concurrent.CompletableFuture;

/** A template in its own file, awaited from {@link StartTemplates#crossFile}. */
class LeafTemplates {
  @Async
  static CompletableFuture<Integer> leaf(CompletableFuture<Integer> f) {
    return completedFuture(await(f) + 1);
  }
}
