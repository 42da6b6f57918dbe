package dev.statecraft.tests.diagnostics;

import static dev.statecraft.tests.diagnostics.Templates.assertOnlyErrorAt;
import static dev.statecraft.tests.diagnostics.Templates.compile;
import static dev.statecraft.tests.diagnostics.Templates.template;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Diagnostics of {@code @Async} bodies, written to DESIGN.md's "Compile errors". They fail today
 * because the processor reports {@code [StatecraftAsyncUnavailable]} on every {@code @Async}
 * template before it reads the body. When {@code @Async} lands, move the marker tests to
 * {@link MarkerKindTest}, the lambda and local-class ones to {@link SuspensionPlacementTest} and
 * the method reference to {@link GeneratorEndingTest}.
 */
class KnownGapsAsyncTest {
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
  void awaitInsideLocalRecord() {
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
  void yieldReturnInAsyncBody() {
    JavaFileObject file = template("AsyncYield",
        "class AsyncYield {",
        "  @Async",
        "  static CompletableFuture<Integer> value() {",
        "    yieldReturn(1);",
        "    return CompletableFuture.completedFuture(1);",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftGeneratorMarkerInAsync]",
        List.of("yieldReturn() belongs in a @Generator body", "AsyncYield.value is @Async",
            "suspends with await(stage)"),
        "yieldReturn(1);", "yieldReturn(1)");
  }

  @Test
  void yieldAllInAsyncBody() {
    JavaFileObject file = template("AsyncYieldAll",
        "class AsyncYieldAll {",
        "  @Async",
        "  static CompletionStage<Integer> value() {",
        "    yieldAll(List.of(1, 2));",
        "    return CompletableFuture.completedFuture(1);",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftGeneratorMarkerInAsync]",
        List.of("yieldAll() belongs in a @Generator body", "AsyncYieldAll.value is @Async"),
        "yieldAll(List.of(1, 2));", "yieldAll(List.of(1, 2))");
  }

  @Test
  void doneInAsyncBody() {
    JavaFileObject file = template("AsyncDone",
        "class AsyncDone {",
        "  @Async",
        "  static CompletableFuture<Integer> value() {",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftGeneratorMarkerInAsync]",
        List.of("done() belongs in a @Generator body", "AsyncDone.value is @Async"),
        "return done();", "done()");
  }

  @Test
  void methodReferenceToAwait() {
    JavaFileObject file = template("AwaitReferences",
        "import dev.statecraft.runtime.Coroutines;",
        "",
        "class AwaitReferences {",
        "  @Async",
        "  static CompletableFuture<Integer> value(CompletableFuture<Integer> f) {",
        "    Function<CompletableFuture<Integer>, Integer> get = Coroutines::await;",
        "    return CompletableFuture.completedFuture(get.apply(f));",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftMarkerReference]",
        List.of("A method reference to await() escapes the transform", "Call await(...) directly"),
        "Function<", "Coroutines::await");
  }
}
