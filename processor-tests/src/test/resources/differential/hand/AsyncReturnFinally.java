package hand;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A return inside try/finally: the finally runs before the result completes (Java order). */
class AsyncReturnFinally {
  @Async
  static CompletableFuture<Object> direct(List<CompletableFuture<Integer>> fs, List<String> log) {
    int v = await(fs.get(0));
    try {
      return completedFuture(v);
    } finally {
      log.add("finally");
    }
  }

  @Async
  static CompletableFuture<Object> inLoop(List<CompletableFuture<Integer>> fs, List<String> log) {
    int v = await(fs.get(0));
    for (int i = 0; i < 3; i++) {
      try {
        if (i == v) {
          return completedFuture(v + i);
        }
      } finally {
        log.add("finally " + i);
      }
    }
    return null;
  }

  /** A returned stage, flattened after the finally. */
  @Async
  static CompletableFuture<Object> stage(List<CompletableFuture<Integer>> fs, List<String> log) {
    int v = await(fs.get(0));
    try {
      log.add("try " + v);
      return fs.get(1).thenApply(w -> v * 10 + w);
    } finally {
      log.add("finally");
    }
  }

  @Async
  static CompletableFuture<Object> nested(List<CompletableFuture<Integer>> fs, List<String> log) {
    int v = await(fs.get(0));
    try {
      try {
        if (v > 1) {
          return completedFuture("inner " + v);
        }
        log.add("inner end");
      } catch (RuntimeException e) {
        return completedFuture("caught");
      } finally {
        log.add("inner finally");
      }
      return completedFuture("outer " + v);
    } finally {
      log.add("outer finally");
    }
  }

  /** The finally awaits (a lowered try): the result waits for it. */
  @Async
  static CompletableFuture<Object> finallyAwaits(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    int v = await(fs.get(0));
    try {
      return completedFuture(v);
    } finally {
      log.add("finally " + await(fs.get(1)));
    }
  }

  /** An exception from the finally replaces the return. */
  @Async
  static CompletableFuture<Object> finallyThrows(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    int v = await(fs.get(0));
    try {
      return completedFuture(v);
    } finally {
      log.add("finally");
      if (v > 1) {
        throw new IllegalStateException("from finally " + v);
      }
    }
  }

  /** A return from the finally replaces the first one. */
  @Async
  @SuppressWarnings("finally")
  static CompletableFuture<Object> finallyReturns(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    int v = await(fs.get(0));
    try {
      return completedFuture(v);
    } finally {
      log.add("finally");
      if (v > 1) {
        return completedFuture("replaced " + v);
      }
    }
  }

  /** Resources are closed before the result completes. */
  @Async
  static CompletableFuture<Object> resources(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    int v = await(fs.get(0));
    try (Resources.Res a = new Resources.Res("a", log); Resources.Res b =
        new Resources.Res("b", log)) {
      return completedFuture(v);
    }
  }

  /** A lowered catch around a Java finally that throws while a return is pending. */
  @Async
  static CompletableFuture<Object> caughtFromFinally(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    try {
      int v = await(fs.get(0));
      try {
        return completedFuture(v);
      } finally {
        if (v > 1) {
          throw new IllegalStateException("inner " + v);
        }
      }
    } catch (IllegalStateException e) {
      log.add("caught " + e.getMessage());
    }
    return completedFuture("after " + await(fs.get(1)));
  }

  /** A lowered finally around a Java finally that throws while a return is pending. */
  @Async
  static CompletableFuture<Object> underLoweredFinally(List<CompletableFuture<Integer>> fs,
      List<String> log) {
    int v = await(fs.get(0));
    try {
      try {
        return completedFuture(v);
      } finally {
        log.add("inner finally");
        if (v > 1) {
          throw new IllegalStateException("inner " + v);
        }
      }
    } finally {
      log.add("outer finally " + await(fs.get(1)));
    }
  }
}
