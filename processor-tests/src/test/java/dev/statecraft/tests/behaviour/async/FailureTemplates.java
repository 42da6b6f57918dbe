package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Templates for DESIGN.md's async exception rules and the forms of {@code return}: a failed
 * stage's exception is thrown unwrapped at the await, an escaping exception fails the result
 * with the same object, {@code return stage} is flattened.
 */
class FailureTemplates {
  /** Catches what the await throws and reports it through {@code caught}. */
  @Async
  static CompletableFuture<String> catchAnything(CompletionStage<String> stage, List<String> log,
      List<Throwable> caught) {
    log.add("before");
    try {
      String value = await(stage);
      log.add("after " + value);
      return completedFuture(value);
    } catch (Throwable t) {
      caught.add(t);
      log.add("caught " + t.getClass().getSimpleName());
      return completedFuture("caught");
    }
  }

  /** DESIGN.md: a checked failure is caught with {@code catch (Exception e)}. */
  @Async
  static CompletableFuture<String> catchChecked(CompletableFuture<String> stage) {
    try {
      return completedFuture(await(stage));
    } catch (Exception e) {
      if (e instanceof IOException io) {
        return completedFuture("io " + io.getMessage());
      }
      return completedFuture("other " + e);
    }
  }

  /** Catches the IOException by its type, as the same try also calls something declaring it. */
  @Async
  static CompletableFuture<String> catchByType(CompletableFuture<String> stage, boolean open)
      throws IOException {
    try {
      if (open) {
        opens();
      }
      return completedFuture(await(stage));
    } catch (IOException e) {
      return completedFuture("io " + e.getMessage());
    }
  }

  static void opens() throws IOException {
  }

  /** Lets whatever the await throws escape the body. */
  @Async
  static CompletableFuture<String> passThrough(CompletionStage<String> stage, List<String> log) {
    log.add("before");
    String value = await(stage);
    log.add("after " + value);
    return completedFuture(value);
  }

  /** Throws {@code failure} before any await. */
  @Async
  static CompletableFuture<String> throwsAtOnce(RuntimeException failure, List<String> log) {
    log.add("start");
    if (failure != null) {
      throw failure;
    }
    log.add("not reached");
    return completedFuture("no");
  }

  /** An Error escaping before any await. */
  @Async
  static CompletableFuture<String> throwsError(Error failure) {
    throw failure;
  }

  /** A checked exception escaping before any await: the factory declares nothing. */
  @Async
  static CompletableFuture<String> throwsChecked(IOException failure) throws IOException {
    throw failure;
  }

  /** Throws {@code failure} after a pending await. */
  @Async
  static CompletableFuture<String> throwsLater(CompletableFuture<String> stage,
      RuntimeException failure) {
    String value = await(stage);
    if (value.equals("throw")) {
      throw failure;
    }
    return completedFuture(value);
  }

  /** Dereferences an argument: a NullPointerException of the body itself. */
  @Async
  static CompletableFuture<Integer> length(String text) {
    return completedFuture(text.length());
  }

  /** {@code await(null)} throws NullPointerException at the await. */
  @Async
  static CompletableFuture<String> awaitNull(CompletableFuture<String> stage, List<String> log) {
    log.add("before");
    try {
      String value = await(stage);
      log.add("not reached " + value);
      return completedFuture(value);
    } catch (NullPointerException e) {
      log.add("npe");
      return completedFuture("npe");
    }
  }

  /** {@code await(null)} not caught. */
  @Async
  static CompletableFuture<String> awaitNullUncaught(List<String> log) {
    CompletableFuture<String> missing = null;
    log.add("before");
    String value = await(missing);
    log.add("not reached " + value);
    return completedFuture(value);
  }

  /** {@code return stage;} */
  @Async
  static CompletableFuture<String> returnStage(CompletableFuture<String> stage, List<String> log) {
    log.add("body");
    return stage;
  }

  /** {@code return stage;} with a foreign stage (not a CompletableFuture). */
  @Async
  static CompletionStage<String> returnForeignStage(CompletionStage<String> stage) {
    return stage;
  }

  /** {@code return stage;} after an await. */
  @Async
  static CompletableFuture<String> returnStageAfterAwait(CompletableFuture<String> first,
      CompletableFuture<String> second) {
    String a = await(first);
    if (a.isEmpty()) {
      return completedFuture("empty");
    }
    return second;
  }

  /** {@code return} of another generated method's result. */
  @Async
  static CompletableFuture<String> returnGenerated(CompletableFuture<String> stage,
      List<String> log) {
    return FailureTemplatesGen.passThrough(stage, log);
  }

  /** {@code return completedFuture(v);} completes with v, even when v is itself a stage. */
  @Async
  static CompletableFuture<CompletableFuture<String>> returnNested(
      CompletableFuture<String> inner) {
    return completedFuture(inner);
  }

  @Async
  static CompletableFuture<String> returnNull(List<String> log) {
    log.add("body");
    return null;
  }

  @Async
  static CompletableFuture<String> returnNullAfterAwait(CompletableFuture<String> stage) {
    String value = await(stage);
    if (value != null) {
      return null;
    }
    return completedFuture("unreachable");
  }

  @Async
  static CompletableFuture<String> returnCompletedNull() {
    return completedFuture(null);
  }

  /** The CompletionStage return type. */
  @Async
  static CompletionStage<Integer> stageTyped(CompletionStage<Integer> a,
      CompletionStage<Integer> b) {
    int x = await(a);
    int y = await(b);
    return completedFuture(x * 10 + y);
  }

  /** The CompletionStage return type, returning a stage. */
  @Async
  static CompletionStage<Integer> stageTypedReturnsStage(CompletionStage<Integer> a) {
    return a.thenApply(x -> x + 1);
  }

  /** Wraps failures as a user might, then rethrows inside an UncheckedIOException. */
  @Async
  static CompletableFuture<String> rethrowWrapped(CompletableFuture<String> stage) {
    try {
      return completedFuture(await(stage));
    } catch (Exception e) {
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw e;
    }
  }

  /** Awaits any stage: also the JDK's minimal stages, which throw from isDone(). */
  @Async
  static CompletableFuture<String> awaitStage(CompletionStage<String> stage) {
    return completedFuture("got " + await(stage));
  }
}
