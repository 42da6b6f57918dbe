package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Templates for stopping a machine from outside (DESIGN.md: "Cancelling the returned future
 * stops the machine: no template code after the pending await runs except its finally blocks
 * and resource closes (no catch clause runs because of it), and the awaited stage is cancelled
 * too when it is a CompletableFuture."). Each finally logs the thread it runs on.
 */
class CancelTemplates {
  static String where(String what) {
    return what + " on " + Thread.currentThread().getName();
  }

  /** Two finally blocks and two catch-everything clauses around one pending await. */
  @Async
  static CompletableFuture<String> guarded(CompletableFuture<String> pending, List<String> log) {
    log.add("start");
    try {
      try {
        String value = await(pending);
        log.add("after await " + value);
        return completedFuture(value);
      } catch (Throwable t) {
        log.add("inner catch " + t);
        return completedFuture("inner catch");
      } finally {
        log.add(where("inner finally"));
      }
    } catch (Throwable t) {
      log.add("outer catch " + t);
      return completedFuture("outer catch");
    } finally {
      log.add(where("outer finally"));
    }
  }

  /** Code after the try never runs once the machine is stopped. */
  @Async
  static CompletableFuture<String> codeAfterTry(CompletableFuture<String> pending,
      List<String> log) {
    try {
      log.add("got " + await(pending));
    } finally {
      log.add("finally");
    }
    log.add("after try");
    return completedFuture("end");
  }

  /** Resources opened before the pending await are closed, in reverse order. */
  @Async
  static CompletableFuture<String> withResources(CompletableFuture<String> pending,
      List<String> log) {
    try (Res outer = new Res("outer", log); Res inner = new Res("inner", log)) {
      log.add("body " + await(pending));
      return completedFuture("body");
    } catch (Exception e) {
      log.add("catch " + e);
      return completedFuture("catch");
    } finally {
      log.add(where("finally"));
    }
  }

  /** Suspended at an await inside a catch block. */
  @Async
  static CompletableFuture<String> suspendedInCatch(CompletableFuture<String> failing,
      CompletableFuture<String> pending, List<String> log) {
    try {
      return completedFuture(await(failing));
    } catch (IllegalStateException e) {
      log.add("catch " + e.getMessage());
      log.add("in catch " + await(pending));
      return completedFuture("caught");
    } finally {
      log.add("finally");
    }
  }

  /** A finally that throws while the machine is being stopped, then an outer one. */
  @Async
  static CompletableFuture<String> finallyThrows(CompletableFuture<String> pending,
      RuntimeException inner, List<String> log) {
    try {
      try {
        log.add("got " + await(pending));
      } finally {
        log.add("inner finally");
        if (inner != null) {
          throw inner;
        }
      }
    } finally {
      log.add("outer finally");
    }
    return completedFuture("end");
  }

  /** Two finally blocks that both throw while stopping. */
  @Async
  static CompletableFuture<String> twoFinallysThrow(CompletableFuture<String> pending,
      RuntimeException first, RuntimeException second, List<String> log) {
    try {
      try {
        log.add("got " + await(pending));
      } finally {
        log.add("inner finally");
        throw first;
      }
    } finally {
      log.add("outer finally");
      throw second;
    }
  }

  /** The outer machine awaits a generated inner one: stopping the outer stops the inner. */
  @Async
  static CompletableFuture<String> outer(CompletableFuture<String> pending, List<String> log) {
    try {
      return completedFuture("outer " + await(CancelTemplatesGen.codeAfterTry(pending, log)));
    } finally {
      log.add("outer finally");
    }
  }

  /**
   * Cancels its own result while running (through {@code self}), then reaches an await: a
   * running machine stops at its next await.
   */
  @Async
  static CompletableFuture<String> cancelsItself(CompletableFuture<String> first,
      AtomicReference<CompletableFuture<String>> self, CompletableFuture<String> second,
      List<String> log) {
    try {
      log.add("first " + await(first));
      self.get().cancel(false);
      log.add("still running");
      log.add("second " + await(second));
      log.add("not reached");
    } catch (Throwable t) {
      log.add("catch " + t);
    } finally {
      log.add("finally");
    }
    log.add("after try");
    return completedFuture("end");
  }

  /** A body that finishes after its result was completed from outside. */
  @Async
  static CompletableFuture<String> runsToTheEnd(CompletableFuture<String> first,
      AtomicReference<CompletableFuture<String>> self, List<String> log) {
    log.add("first " + await(first));
    self.get().complete("from outside");
    log.add("still running");
    return completedFuture("from the body");
  }

  /** The CompletionStage return type: cancelled through toCompletableFuture(). */
  @Async
  static CompletionStage<String> stageTyped(CompletableFuture<String> pending, List<String> log) {
    try {
      return completedFuture(await(pending));
    } finally {
      log.add(where("finally"));
    }
  }

  /** A foreign stage (not a CompletableFuture) is left alone; the machine still stops. */
  @Async
  static CompletableFuture<String> foreignStage(CompletionStage<String> pending, List<String> log) {
    try {
      return completedFuture(await(pending));
    } finally {
      log.add("finally");
    }
  }

  /** Two awaits in a try whose finally logs. */
  @Async
  static CompletableFuture<String> twoAwaits(CompletionStage<String> first,
      CompletionStage<String> second, List<String> log) {
    try {
      log.add("first " + await(first));
      log.add("second " + await(second));
      return completedFuture("end");
    } finally {
      log.add("finally");
    }
  }

  /** Suspended at an await inside a finally, with an outer finally. */
  @Async
  static CompletableFuture<String> awaitInFinally(CompletableFuture<String> body,
      CompletableFuture<String> cleanup, List<String> log) {
    try {
      try {
        log.add("body " + await(body));
      } finally {
        log.add("inner finally start");
        await(cleanup);
        log.add("inner finally end");
      }
    } finally {
      log.add("outer finally");
    }
    return completedFuture("end");
  }

  /** Suspended in the body; the inner finally awaits {@code cleanup} and goes on. */
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
