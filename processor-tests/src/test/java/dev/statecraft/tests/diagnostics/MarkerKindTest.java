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
 * the marker call that names the template and says what to do instead. (Generator markers in an
 * {@code @Async} body are in {@link KnownGapsAsyncTest} until {@code @Async} lands.)
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
}
