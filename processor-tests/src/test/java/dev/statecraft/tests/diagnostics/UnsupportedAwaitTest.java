package dev.statecraft.tests.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statecraft.tests.diagnostics.Templates.assertOnlyErrorAt;
import static dev.statecraft.tests.diagnostics.Templates.compile;
import static dev.statecraft.tests.diagnostics.Templates.template;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Where {@code await} may stand in an expression. DESIGN.md allows it in any expression; a
 * position the lowering does not handle yet must get a positioned
 * {@code [StatecraftUnsupported]} error on the expression, never a broken generated file.
 */
class UnsupportedAwaitTest {
  @Test
  void everyAssignmentToAnElementOrFieldAcceptsAwaits() {
    JavaFileObject file = template("Assignments",
        "class Assignments {",
        "  static int shared;",
        "  int total;",
        "  Assignments self() { return this; }",
        "  @Async",
        "  CompletableFuture<String> all(int[] a, String[] s, byte[] b, Integer[] boxed,",
        "      CompletableFuture<Integer> f, CompletableFuture<String> g) {",
        "    a[0] += await(f);",
        "    a[await(f)] += 1;",
        "    a[await(f)] -= await(f);",
        "    (a[await(f)]) *= await(f);",
        "    (a[await(f)]) = await(f);",
        "    s[0] += \"x\" + await(g);",
        "    b[0] += await(f);",
        "    boxed[await(f)] >>= await(f);",
        "    a[await(f)]++;",
        "    --a[await(f)];",
        "    self().total += await(f);",
        "    this.total -= await(f);",
        "    Assignments.shared <<= await(f);",
        "    int r = (a[0] += await(f)) + (a[1] ^= await(f));",
        "    return CompletableFuture.completedFuture(\"\" + r);",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("p.AssignmentsGen").isNotNull();
  }

  /** Still unsupported: a method reference's qualifier (JLS 15.13.3) that awaits. */
  @Test
  void awaitAsAMethodReferenceQualifier() {
    JavaFileObject file = template("References",
        "class References {",
        "  @Async",
        "  static CompletableFuture<Integer> length(CompletableFuture<String> f) {",
        "    Supplier<Integer> size = await(f)::length;",
        "    return CompletableFuture.completedFuture(size.get());",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftUnsupported]",
        List.of("Statecraft cannot yet suspend inside this kind of expression (member_reference)",
            "Move the suspension point out of it."),
        "Supplier<Integer> size", "await(f)::length");
  }
}
