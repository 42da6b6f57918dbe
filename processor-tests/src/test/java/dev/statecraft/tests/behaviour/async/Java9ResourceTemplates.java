package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.runtime.Coroutines.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.statecraft.Async;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Java 9 resource form {@code try (a; b)} with variables the machine renames (a sibling
 * scope declared the same name first), in a try spliced whole and in one that awaits. javac's
 * end of such a resource includes its {@code ;}, which the rename must keep (FINDINGS.md #10).
 */
class Java9ResourceTemplates {
  /**
   * Two existing variables as resources, the first renamed; no await in their scope, so they
   * stay locals of the resume method (not fields).
   */
  @Async
  static CompletableFuture<String> renamedFirst(CompletableFuture<String> after,
      List<String> log) {
    {
      String a = "scope";
      log.add(a);
    }
    String closes;
    {
      Res a = new Res("a", log);
      Res b = new Res("b", log);
      try (a; b) {
        log.add("body");
      }
      closes = "" + a.closes + b.closes;
    }
    return completedFuture(await(after) + " " + closes);
  }

  /** A renamed existing variable followed by a declared resource. */
  @Async
  static CompletableFuture<String> renamedThenDeclared(CompletableFuture<String> after,
      List<String> log) {
    {
      String a = "scope";
      log.add(a);
    }
    String closes;
    {
      Res a = new Res("a", log);
      try (a; Res c = new Res("c", log)) {
        log.add("body " + c.name);
      }
      closes = "" + a.closes;
    }
    return completedFuture(await(after) + " " + closes);
  }

  /** Two existing variables, not renamed, around an await inside the try. */
  @Async
  static CompletableFuture<String> aroundAwait(CompletableFuture<String> body,
      List<String> log) {
    Res a = new Res("a", log);
    Res b = new Res("b", log);
    try (a; b) {
      log.add("body " + await(body));
    }
    return completedFuture("closed " + a.closes + b.closes);
  }

  /** Renamed existing variables around an await inside the try. */
  @Async
  static CompletableFuture<String> renamedAroundAwait(CompletableFuture<String> body,
      List<String> log) {
    {
      String a = "scope";
      String b = "scope";
      log.add(a + b);
    }
    Res a = new Res("a", log);
    Res b = new Res("b", log);
    try (a; b) {
      log.add("body " + await(body));
    }
    return completedFuture("closed " + a.closes + b.closes);
  }
}
