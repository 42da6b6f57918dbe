package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Templates of the tests in {@link AsyncKnownBugsTest}. When a bug is fixed, move its template
 * and test to the suite it belongs to.
 */
class KnownBugTemplates {
  /** A finally that awaits a stage (complete or not) and goes on, inside an outer finally. */
  @Async
  static CompletableFuture<String> finallyAwaits(CompletableFuture<String> pending,
      CompletableFuture<String> cleanup, List<String> log) {
    try {
      try {
        log.add("body " + await(pending));
      } finally {
        log.add("inner finally start");
        log.add("cleanup " + await(cleanup));
        log.add("inner finally end");
      }
    } finally {
      log.add("outer finally");
    }
    return completedFuture("end");
  }
}
