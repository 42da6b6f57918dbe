package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Templates with awaits inside {@code try}, {@code catch} and {@code finally}, and inside
 * try-with-resources (DESIGN.md, "Java constructs inside bodies": suspension allowed in try, in
 * catch and in finally; try-with-resources with JLS suppressed-exception semantics).
 */
class TryTemplates {
  /** DESIGN.md's {@code total}: await inside try, a catch, a finally that logs. */
  @Async
  static CompletableFuture<Integer> total(List<CompletableFuture<Integer>> parts,
      List<String> log) {
    int sum = 0;
    for (CompletableFuture<Integer> p : parts) {
      try {
        sum += await(p);
      } catch (IllegalStateException e) {
        log.add("caught " + e.getMessage());
        sum -= 1;
      } finally {
        log.add("finally " + sum);
      }
    }
    return completedFuture(sum);
  }

  /** Awaits in the try, in the catch and in the finally. */
  @Async
  static CompletableFuture<String> everywhere(CompletableFuture<String> inTry,
      CompletableFuture<String> inCatch, CompletableFuture<String> inFinally, List<String> log) {
    String result = "";
    try {
      result += "try:" + await(inTry);
      log.add("try done");
    } catch (RuntimeException e) {
      log.add("catch " + e.getMessage());
      result += "catch:" + await(inCatch);
      log.add("catch done");
    } finally {
      log.add("finally");
      result += " finally:" + await(inFinally);
      log.add("finally done");
    }
    return completedFuture(result);
  }

  /** A return inside the try is kept across an await in the finally. */
  @Async
  static CompletableFuture<String> returnAcrossFinallyAwait(CompletableFuture<String> value,
      CompletableFuture<String> cleanup, List<String> log) {
    try {
      return completedFuture("returned " + await(value));
    } finally {
      log.add("cleanup " + await(cleanup));
    }
  }

  /** An exception escaping the try is kept across an await in the finally. */
  @Async
  static CompletableFuture<String> exceptionAcrossFinallyAwait(RuntimeException failure,
      CompletableFuture<String> cleanup, List<String> log) {
    try {
      log.add("try");
      throw failure;
    } finally {
      log.add("cleanup " + await(cleanup));
    }
  }

  /** An awaited failure escaping the try is kept across an await in the finally. */
  @Async
  static CompletableFuture<String> awaitedFailureAcrossFinallyAwait(
      CompletableFuture<String> failing,
      CompletableFuture<String> cleanup, List<String> log) {
    try {
      return completedFuture(await(failing));
    } finally {
      log.add("cleanup " + await(cleanup));
    }
  }

  /** An exception from the finally replaces the pending one, as in Java. */
  @Async
  static CompletableFuture<String> finallyThrowsAfterAwait(CompletableFuture<String> failing,
      CompletableFuture<String> cleanup, RuntimeException replacement) {
    try {
      return completedFuture(await(failing));
    } finally {
      await(cleanup);
      throw replacement;
    }
  }

  /** A return in the finally, after an await there, replaces the pending exception. */
  @Async
  @SuppressWarnings("finally")
  static CompletableFuture<String> finallyReturnsAfterAwait(CompletableFuture<String> failing,
      CompletableFuture<String> cleanup) {
    try {
      return completedFuture(await(failing));
    } finally {
      return completedFuture("finally " + await(cleanup));
    }
  }

  /** Nested tries: the inner finally, then the outer catch, then the outer finally. */
  @Async
  static CompletableFuture<String> nested(CompletableFuture<String> inner,
      CompletableFuture<String> innerCleanup, List<String> log) {
    try {
      try {
        log.add("inner " + await(inner));
      } finally {
        log.add("inner finally " + await(innerCleanup));
      }
    } catch (IllegalStateException e) {
      log.add("outer catch " + e.getMessage());
      return completedFuture("caught");
    } finally {
      log.add("outer finally");
    }
    return completedFuture("normal");
  }

  /** Multi-catch over an awaited failure. */
  @Async
  static CompletableFuture<String> multiCatch(CompletableFuture<String> stage) {
    try {
      return completedFuture(await(stage));
    } catch (IllegalStateException | IllegalArgumentException e) {
      return completedFuture("multi " + e.getMessage());
    } catch (RuntimeException e) {
      return completedFuture("runtime " + e.getMessage());
    }
  }

  /** Retries in a loop with try/catch, as the sample client does. */
  @Async
  static CompletableFuture<String> retry(List<CompletableFuture<String>> attempts,
      List<String> log) {
    for (int i = 0; i < attempts.size(); i++) {
      try {
        String value = await(attempts.get(i));
        log.add("attempt " + i + " ok");
        return completedFuture(value);
      } catch (IllegalStateException e) {
        log.add("attempt " + i + " failed");
      }
    }
    return completedFuture("gave up");
  }

  /** Try-with-resources around awaits; the second resource is opened from an awaited name. */
  @Async
  static CompletableFuture<String> resources(CompletableFuture<String> name,
      CompletableFuture<String> body, List<String> log) {
    try (Res a = new Res("a", log); Res b = new Res(await(name), log)) {
      log.add("body " + await(body));
      return completedFuture(a.name + b.name);
    } finally {
      log.add("finally");
    }
  }

  /**
   * JLS 14.20.3: the body's exception is primary, each close failure is added to it as
   * suppressed, resources close in reverse order; the catch runs after the closes.
   */
  @Async
  static CompletableFuture<String> resourcesFailing(CompletableFuture<String> body,
      RuntimeException closeA, RuntimeException closeB, List<String> log, List<Throwable> caught) {
    try (Res a = new Res("a", log, closeA); Res b = new Res("b", log, closeB)) {
      log.add("body " + await(body));
    } catch (RuntimeException e) {
      log.add("catch " + e.getMessage());
      caught.add(e);
    }
    return completedFuture("done");
  }

  /** The Java 9 form {@code try (existing)} around an await. */
  @Async
  static CompletableFuture<String> existingResource(Res res, CompletableFuture<String> body,
      List<String> log) {
    try (res) {
      log.add("body " + await(body));
    }
    return completedFuture("closed " + res.closes);
  }

  /** A resource whose initialiser awaits a stage that fails: only the first is closed. */
  @Async
  static CompletableFuture<String> resourceInitFails(CompletableFuture<String> name,
      List<String> log) {
    try (Res first = new Res("first", log); Res second = new Res(await(name), log)) {
      log.add("body");
    } catch (IllegalStateException e) {
      log.add("catch " + e.getMessage());
    }
    return completedFuture("done");
  }

  /** A null resource is not closed (JLS), also across an await. */
  @Async
  static CompletableFuture<String> nullResource(CompletableFuture<String> body, List<String> log) {
    try (Res none = null) {
      log.add("body " + await(body) + " " + none);
    }
    return completedFuture("done");
  }
}
