package dev.statecraft.tests.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statecraft.tests.diagnostics.Templates.assertNoCrash;
import static dev.statecraft.tests.diagnostics.Templates.assertOnlyErrorAt;
import static dev.statecraft.tests.diagnostics.Templates.compile;
import static dev.statecraft.tests.diagnostics.Templates.template;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A suspension point inside code that runs outside the state machine — a lambda, an anonymous or
 * local class body — is an error at the marker call, saying to move it out (DESIGN.md, "Compile
 * errors"), and so is one inside a {@code synchronized} block, since a lock cannot be held
 * across a suspension.
 */
class SuspensionPlacementTest {
  @Test
  void yieldReturnInsideLambda() {
    JavaFileObject file = template("Lambdas",
        "class Lambdas {",
        "  @Generator",
        "  static Iterable<Integer> each(List<Integer> xs) {",
        "    xs.forEach(x -> yieldReturn(x));",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuspendInsideLambda]",
        List.of("yieldReturn() cannot suspend inside a lambda", "Move the yieldReturn() out"),
        "xs.forEach", "yieldReturn(x)");
  }

  @Test
  void yieldAllInsideLambdaBlock() {
    JavaFileObject file = template("BlockLambdas",
        "class BlockLambdas {",
        "  @Generator",
        "  static Iterable<Integer> each(List<List<Integer>> xss) {",
        "    xss.forEach(xs -> {",
        "      yieldAll(xs);",
        "    });",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuspendInsideLambda]",
        List.of("yieldAll() cannot suspend inside a lambda"),
        "yieldAll(xs);", "yieldAll(xs)");
  }

  @Test
  void yieldReturnInsideAnonymousClass() {
    JavaFileObject file = template("Anonymous",
        "class Anonymous {",
        "  @Generator",
        "  static Iterable<Integer> later() {",
        "    Runnable r = new Runnable() {",
        "      @Override public void run() {",
        "        yieldReturn(1);",
        "      }",
        "    };",
        "    r.run();",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuspendInsideAnonymousClass]",
        List.of("yieldReturn() cannot suspend inside an anonymous class",
            "Move the yieldReturn() out of the anonymous class"),
        "yieldReturn(1);", "yieldReturn(1)");
  }

  @Test
  void yieldReturnInsideAnonymousClassInitializer() {
    JavaFileObject file = template("AnonymousInit",
        "class AnonymousInit {",
        "  @Generator",
        "  static Iterable<Integer> later() {",
        "    Object o = new Object() { { yieldReturn(1); } };",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuspendInsideAnonymousClass]",
        List.of("yieldReturn() cannot suspend inside an anonymous class"),
        "new Object()", "yieldReturn(1)");
  }

  @Test
  void yieldAllInsideLocalClass() {
    JavaFileObject file = template("Locals",
        "class Locals {",
        "  @Generator",
        "  static Iterable<Integer> later() {",
        "    class Helper {",
        "      void run() {",
        "        yieldAll(List.of(1, 2));",
        "      }",
        "    }",
        "    new Helper().run();",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuspendInsideLocalClass]",
        List.of("yieldAll() cannot suspend inside a local class",
            "Move the yieldAll() out of the local class"),
        "yieldAll(List.of(1, 2));", "yieldAll(List.of(1, 2))");
  }

  @Test
  void awaitInsideLambda() {
    JavaFileObject file = template("AsyncLambdas",
        "class AsyncLambdas {",
        "  @Async",
        "  static CompletableFuture<Integer> later(CompletableFuture<Integer> f) {",
        "    Supplier<Integer> get = () -> await(f);",
        "    return CompletableFuture.completedFuture(get.get());",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuspendInsideLambda]",
        List.of("await() cannot suspend inside a lambda", "Move the await() out"),
        "Supplier<Integer> get", "await(f)");
  }

  @Test
  void awaitInsideLocalRecordConstructor() {
    JavaFileObject file = template("LocalRecords",
        "class LocalRecords {",
        "  @Async",
        "  static CompletableFuture<Integer> later(CompletableFuture<Integer> f) {",
        "    record Box(int value) {",
        "      Box { value = await(CompletableFuture.completedFuture(value)); }",
        "    }",
        "    return CompletableFuture.completedFuture(new Box(1).value());",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuspendInsideLocalClass]",
        List.of("await() cannot suspend inside a local class"),
        "Box {", "await(CompletableFuture.completedFuture(value))");
  }

  @Test
  void yieldReturnInsideSynchronizedBlock() {
    JavaFileObject file = template("Locks",
        "class Locks {",
        "  @Generator",
        "  static Iterable<Integer> values(Object lock) {",
        "    synchronized (lock) {",
        "      yieldReturn(1);",
        "    }",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuspendInsideSynchronizedBlock]",
        List.of("yieldReturn() cannot suspend inside a synchronized block",
            "a lock cannot be held across a suspension"),
        "yieldReturn(1);", "yieldReturn(1)");
  }

  /** The barrier is for suspension only: a synchronized block between suspensions is fine. */
  @Test
  void synchronizedBlockWithoutSuspensionIsFine() {
    JavaFileObject file = template("QuietLocks",
        "class QuietLocks {",
        "  @Generator",
        "  static Iterable<Integer> values(List<Integer> xs) {",
        "    int n;",
        "    synchronized (xs) {",
        "      n = xs.size();",
        "    }",
        "    yieldReturn(n);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertNoCrash(compilation);
    assertThat(compilation).succeeded();
  }
}
