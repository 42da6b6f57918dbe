package dev.statecraft.tests.diagnostics;

import static dev.statecraft.tests.diagnostics.Templates.assertOnlyErrorAt;
import static dev.statecraft.tests.diagnostics.Templates.compile;
import static dev.statecraft.tests.diagnostics.Templates.template;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generator markers ({@code yieldReturn}, {@code yieldAll}, {@code done}) belong in
 * {@code @Generator} bodies, {@code await} in {@code @Async} bodies; the wrong one is an error at
 * the marker call that names the template and says what to do instead.
 */
class MarkerKindTest {
  @Test
  void awaitInGeneratorBody() {
    JavaFileObject file = template("GeneratorAwait",
        "class GeneratorAwait {",
        "  @Generator",
        "  static Iterable<Integer> values(CompletableFuture<Integer> f) {",
        "    int x = await(f);",
        "    yieldReturn(x);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftAwaitInGenerator]",
        List.of("await() belongs in an @Async body", "GeneratorAwait.values is a @Generator",
            "Make the method @Async"),
        "int x = await(f);", "await(f)");
  }

  @Test
  void awaitInGeneratorCondition() {
    JavaFileObject file = template("GeneratorAwaitCondition",
        "class GeneratorAwaitCondition {",
        "  @Generator",
        "  static Iterator<Boolean> values(CompletableFuture<Boolean> f) {",
        "    while (await(f)) {",
        "      yieldReturn(true);",
        "    }",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftAwaitInGenerator]",
        List.of("await() belongs in an @Async body"),
        "while (await(f))", "await(f)");
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
}
