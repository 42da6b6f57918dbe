package dev.statecraft.tests.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statecraft.tests.diagnostics.Templates.assertNoCrash;
import static dev.statecraft.tests.diagnostics.Templates.assertNothingGenerated;
import static dev.statecraft.tests.diagnostics.Templates.compile;
import static dev.statecraft.tests.diagnostics.Templates.template;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A local that lives across a suspension point is kept by the generated machine, so its type must
 * be one the machine can hold (DESIGN.md allows {@code var} with denotable types only;
 * docs/decisions.md, D12). A type it cannot hold is one Statecraft error on the local's
 * declaration, not a broken generated file.
 */
class LocalTypeAcrossSuspensionTest {
  @Test
  void varOfAnonymousTypeAcrossSuspension() {
    JavaFileObject file = template("Anonymous",
        "class Anonymous {",
        "  @Generator",
        "  static Iterable<Integer> values() {",
        "    var o = new Object() { int count = 1; };",
        "    yieldReturn(o.count);",
        "    yieldReturn(o.count + 1);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertNoCrash(compilation);
    assertNothingGenerated(compilation);
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation).hadErrorContaining("[StatecraftLocalTypeAcrossSuspension]")
        .inFile(file).onLineContaining("var o = new Object()");
    assertThat(compilation).hadErrorContaining("its type mentions an anonymous class");
  }
}
