package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * try-with-resources whose resource initializers await (finding 12 of the differential test):
 * a resource opened after a suspension is closed by a later state, so it lives in a field like
 * any local that crosses a suspension. JLS 14.20.3: later resources are not opened when an
 * initializer throws, earlier ones are closed in reverse order, close failures are suppressed.
 */
class ResourceAwaitTemplates {
  /** Opens {@code name}, or throws {@code failure} instead when it is not null. */
  static Res open(String name, List<String> log, RuntimeException failure,
      RuntimeException closeFailure) {
    if (failure != null) {
      log.add("cannot open " + name);
      throw failure;
    }
    return new Res(name, log, closeFailure);
  }

  @Async
  static CompletableFuture<String> awaitInFirst(CompletableFuture<String> first,
      List<String> log) {
    try (Res a = new Res("a" + await(first), log); Res b = new Res("b", log)) {
      log.add("body " + a.name + " " + b.name);
    }
    return completedFuture("done");
  }

  @Async
  static CompletableFuture<String> awaitInSecond(CompletableFuture<String> second,
      List<String> log) {
    try (Res a = new Res("a", log); Res b = new Res("b" + await(second), log)) {
      log.add("body " + a.name + " " + b.name);
    }
    return completedFuture("done");
  }

  /** Three resources, awaits in the first two initializers and in the body. */
  @Async
  static CompletableFuture<String> three(CompletableFuture<String> first,
      CompletableFuture<String> second, CompletableFuture<String> inBody, List<String> log) {
    try (Res a = new Res("a" + await(first), log);
        Res b = new Res("b" + await(second), log);
        Res c = new Res("c", log)) {
      log.add("body " + a.name + " " + b.name + " " + c.name + " " + await(inBody));
      return completedFuture(a.name + b.name + c.name);
    } finally {
      log.add("finally");
    }
  }

  /**
   * The second initializer awaits, then throws {@code failure}: {@code c} is not opened,
   * {@code a} is closed (its close failure suppressed into {@code failure}), the catch sees it.
   */
  @Async
  static CompletableFuture<String> failingInitializer(CompletableFuture<String> second,
      RuntimeException failure, RuntimeException closeFailure, List<String> log) {
    try (Res a = open("a", log, null, closeFailure);
        Res b = open("b" + await(second), log, failure, null);
        Res c = open("c", log, null, null)) {
      log.add("body " + a.name + " " + b.name + " " + c.name);
    } catch (IllegalStateException e) {
      log.add("caught " + e.getMessage() + " suppressed " + e.getSuppressed().length);
      return completedFuture("caught");
    } finally {
      log.add("finally");
    }
    return completedFuture("done");
  }

  /** The body fails after an await: every resource is closed, the close failure suppressed. */
  @Async
  static CompletableFuture<String> failingBody(CompletableFuture<String> first,
      CompletableFuture<String> inBody, RuntimeException closeFailure, List<String> log) {
    try (Res a = new Res("a" + await(first), log);
        Res b = new Res("b", log, closeFailure)) {
      log.add("body " + await(inBody));
    }
    return completedFuture("done");
  }
}
