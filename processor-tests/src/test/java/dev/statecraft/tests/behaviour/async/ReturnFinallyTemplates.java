package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@code return} inside a try whose finally (or resources) does not await, so the try is
 * spliced as written: Java runs the finally blocks and closes before the method returns, so the
 * result completes only after them, with what they throw or return instead (DESIGN.md's order
 * of a try statement). Each awaits {@code value} first, so the return runs on the resumed path
 * when {@code value} completes later; the tests log the result's completion after the blocks'
 * own entries.
 */
class ReturnFinallyTemplates {
  @Async
  static CompletableFuture<Integer> plain(CompletableFuture<Integer> value, List<String> log) {
    int v = await(value);
    try {
      return completedFuture(v);
    } finally {
      log.add("finally");
    }
  }

  /** A returned stage is flattened after the finally. */
  @Async
  static CompletableFuture<Integer> stage(CompletableFuture<Integer> value,
      CompletableFuture<Integer> returned, List<String> log) {
    int v = await(value);
    try {
      return returned.thenApply(r -> r + v);
    } finally {
      log.add("finally");
    }
  }

  @Async
  static CompletableFuture<Integer> inLoop(CompletableFuture<Integer> value, List<String> log) {
    int v = await(value);
    for (int i = 0; ; i++) {
      try {
        if (i == v) {
          return completedFuture(i * 10);
        }
      } finally {
        log.add("finally " + i);
      }
    }
  }

  @Async
  static CompletableFuture<String> nested(CompletableFuture<Integer> value, List<String> log) {
    int v = await(value);
    try {
      try {
        return completedFuture("inner " + v);
      } finally {
        log.add("inner");
      }
    } finally {
      log.add("outer");
    }
  }

  /** The finally awaits: a lowered try, which waited for its finally already. */
  @Async
  static CompletableFuture<Integer> finallyAwaits(CompletableFuture<Integer> value,
      CompletableFuture<String> cleanup, List<String> log) {
    int v = await(value);
    try {
      return completedFuture(v);
    } finally {
      log.add("finally " + await(cleanup));
    }
  }

  @Async
  static CompletableFuture<Integer> finallyThrows(CompletableFuture<Integer> value,
      RuntimeException failure, List<String> log) {
    int v = await(value);
    try {
      return completedFuture(v);
    } finally {
      log.add("finally");
      if (failure != null) {
        throw failure;
      }
    }
  }

  @Async
  @SuppressWarnings("finally")
  static CompletableFuture<Integer> finallyReturns(CompletableFuture<Integer> value,
      boolean replace, List<String> log) {
    int v = await(value);
    try {
      return completedFuture(v);
    } finally {
      log.add("finally");
      if (replace) {
        return completedFuture(-v);
      }
    }
  }

  /** Resources are closed (in reverse order) before the result completes. */
  @Async
  static CompletableFuture<Integer> resources(CompletableFuture<Integer> value, List<String> log) {
    int v = await(value);
    try (Res a = new Res("a", log); Res b = new Res("b", log)) {
      return completedFuture(v);
    }
  }

  /** A close that fails while the return is pending fails the result. */
  @Async
  static CompletableFuture<Integer> failingClose(CompletableFuture<Integer> value,
      RuntimeException closeFailure, List<String> log) {
    int v = await(value);
    try (Res a = new Res("a", log, closeFailure)) {
      return completedFuture(v);
    }
  }

  /** An exception of the finally, caught by a catch around it that awaits, then returns. */
  @Async
  static CompletableFuture<String> caughtFromFinally(CompletableFuture<Integer> value,
      CompletableFuture<String> next, RuntimeException failure, List<String> log) {
    try {
      int v = await(value);
      try {
        return completedFuture("returned " + v);
      } finally {
        if (failure != null) {
          throw failure;
        }
      }
    } catch (IllegalStateException e) {
      log.add("caught " + e.getMessage());
    }
    return completedFuture("after " + await(next));
  }

  /** An exception of a Java finally still runs the lowered finally around it. */
  @Async
  static CompletableFuture<Integer> underLoweredFinally(CompletableFuture<Integer> value,
      CompletableFuture<String> cleanup, RuntimeException failure, List<String> log) {
    int v = await(value);
    try {
      try {
        return completedFuture(v);
      } finally {
        log.add("inner finally");
        if (failure != null) {
          throw failure;
        }
      }
    } finally {
      log.add("outer finally " + await(cleanup));
    }
  }
}
