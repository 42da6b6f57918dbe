package dev.statecraft.tests.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statecraft.tests.diagnostics.Templates.assertNoCrash;
import static dev.statecraft.tests.diagnostics.Templates.assertNothingGenerated;
import static dev.statecraft.tests.diagnostics.Templates.assertOnlyErrorAt;
import static dev.statecraft.tests.diagnostics.Templates.compile;
import static dev.statecraft.tests.diagnostics.Templates.template;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Diagnostics DESIGN.md requires that the processor does not give yet: each test is written to
 * the contract and fails today (a broken generated file instead of an error, or an error for a
 * supported construct). When one passes, move it to the suite named in its comment.
 */
class KnownGapsTest {
  /**
   * Belongs in {@link AccessTest}: {@code super} inside a lambda of the template still means the
   * template's superclass, and the lambda is copied into the generated class, where it does not
   * compile. Today no error; the generated {@code LambdaSuperGen} fails with "cannot find symbol".
   */
  @Test
  void superCallInsideLambda() {
    JavaFileObject file = template("LambdaSuper",
        "class Base {",
        "  int size() { return 1; }",
        "}",
        "class LambdaSuper extends Base {",
        "  @Generator",
        "  Iterable<Integer> values() {",
        "    Supplier<Integer> s = () -> super.size();",
        "    yieldReturn(s.get());",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuperCall]",
        List.of("super.size() cannot be called from the generated sibling class"),
        "() -> super.size()", "super.size()");
  }

  /**
   * Belongs in {@link AccessTest}: {@code Iface.super.m()} is a super call too. Today no error;
   * the generated file fails with "not an enclosing class: Sized".
   */
  @Test
  void interfaceSuperCall() {
    JavaFileObject file = template("InterfaceSuper",
        "interface Sized {",
        "  default int size() { return 1; }",
        "}",
        "class InterfaceSuper implements Sized {",
        "  @Generator",
        "  Iterable<Integer> values() {",
        "    yieldReturn(Sized.super.size());",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftSuperCall]",
        List.of("super.size() cannot be called from the generated sibling class"),
        "yieldReturn(Sized.super.size());", "Sized.super.size()");
  }

  /**
   * Belongs in {@link AccessTest}: an outer instance field used by simple name from an inner
   * class's template is {@code Outer.this.field}. Today no error; the generated code reads
   * {@code self.books} on the inner instance and fails with "cannot find symbol".
   */
  @Test
  void implicitOuterThisFieldInInnerClassTemplate() {
    JavaFileObject file = template("Library",
        "class Library {",
        "  int books = 2;",
        "  class Aisle {",
        "    @Generator",
        "    Iterable<Integer> values() {",
        "      yieldReturn(books);",
        "      return done();",
        "    }",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftOuterThis]",
        List.of("Library.this cannot be reached from the generated sibling class"),
        "yieldReturn(books);", "books");
  }

  /** As {@link #implicitOuterThisFieldInInnerClassTemplate}, for an outer instance method. */
  @Test
  void implicitOuterThisMethodInInnerClassTemplate() {
    JavaFileObject file = template("Archive",
        "class Archive {",
        "  int count() { return 2; }",
        "  class Box {",
        "    @Generator",
        "    Iterable<Integer> values() {",
        "      yieldReturn(count());",
        "      return done();",
        "    }",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftOuterThis]",
        List.of("Archive.this cannot be reached from the generated sibling class"),
        "yieldReturn(count());", "count");
  }

  /**
   * Belongs in {@link SuspensionPlacementTest} or a test of its own: DESIGN.md allows {@code var}
   * with denotable types only, and a local of anonymous type that lives across a suspension
   * cannot become a field. Today no Statecraft error: the field is typed {@code Object} (the
   * anonymous class's supertype), so the generated {@code o.count} fails with "cannot find
   * symbol" (javac also prints "cannot find symbol class p.Anonymous$1" without a position).
   * Expected: one Statecraft error (whichever tag: {@code [StatecraftVarType]},
   * {@code [StatecraftLocalTypeAcrossSuspension]}) on the declaration of {@code o}, not on the
   * method.
   */
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
    assertThat(compilation).hadErrorContaining("[Statecraft").inFile(file)
        .onLineContaining("var o = new Object()");
  }

  /**
   * "Never a broken generated file": a template body that does not compile should get javac's
   * error in the template only. Today the processor also writes {@code UnknownGen}, whose copy of
   * the body repeats the error in generated code. (A fix must not simply skip templates with
   * unresolved names in the first round: {@code yieldAll(TreeGen.walk(...))} names a type that
   * only this processor creates. Deferring such templates by name to a later round, as AutoValue
   * does, and reporting only what is still unresolved in the last round, covers both.)
   */
  @Test
  void bodyWithUnresolvedSymbolGetsNoGeneratedFile() {
    JavaFileObject file = template("Unknown",
        "class Unknown {",
        "  @Generator",
        "  static Iterable<Integer> values() {",
        "    yieldReturn(undefinedThing);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertNoCrash(compilation);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(file)
        .onLineContaining("yieldReturn(undefinedThing);");
    assertThat(compilation.errors()).hasSize(1);
    assertNothingGenerated(compilation);
  }

  /**
   * Belongs in the behaviour suites: DESIGN.md supports suspension points inside switch-expression
   * block arms, but only a switch expression that initializes a declared variable is lowered.
   * Assigned to an existing variable (or passed as an argument) it is reported as
   * "[StatecraftUnsupported] Statecraft cannot yet suspend inside this statement
   * (expression_statement)" on the statement.
   */
  @Test
  void switchExpressionWithSuspendingArmAssignedToAVariable() {
    JavaFileObject file = template("Assigned",
        "class Assigned {",
        "  @Generator",
        "  static Iterable<Integer> values(int k) {",
        "    int v;",
        "    v = switch (k) {",
        "      case 1 -> {",
        "        yieldReturn(10);",
        "        yield 2;",
        "      }",
        "      default -> 0;",
        "    };",
        "    yieldReturn(v);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertNoCrash(compilation);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.AssignedGen").isNotNull();
  }
}
