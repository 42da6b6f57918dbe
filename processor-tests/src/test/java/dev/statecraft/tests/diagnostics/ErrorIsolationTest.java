package dev.statecraft.tests.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statecraft.tests.diagnostics.Templates.assertNoCrash;
import static dev.statecraft.tests.diagnostics.Templates.assertNothingGenerated;
import static dev.statecraft.tests.diagnostics.Templates.compile;
import static dev.statecraft.tests.diagnostics.Templates.generatedTypes;
import static dev.statecraft.tests.diagnostics.Templates.template;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * How errors are scoped: every problem of a compilation is reported (errors do not stop at the
 * first), a type with any error gets no file at all, and other types still get theirs. A body
 * javac cannot resolve gets javac's own error in the template only, never a copy of it in
 * generated code (docs/decisions.md, D13).
 */
class ErrorIsolationTest {
  @Test
  void everyErrorOfATemplateIsReported() {
    JavaFileObject file = template("Several",
        "class Several {",
        "  private int secret;",
        "  @Generator",
        "  Iterable<Integer> values(CompletableFuture<Integer> f) {",
        "    yieldReturn(\"a\");",
        "    yieldReturn(secret);",
        "    int x = await(f);",
        "    return null;",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertNoCrash(compilation);
    assertThat(compilation).failed();
    assertThat(tags(compilation)).containsExactly("[StatecraftYieldType]",
        "[StatecraftPrivateAccess]", "[StatecraftAwaitInGenerator]",
        "[StatecraftGeneratorReturn]").inOrder();
    assertThat(compilation).hadErrorContaining("[StatecraftYieldType]").inFile(file)
        .onLineContaining("yieldReturn(\"a\");");
    assertThat(compilation).hadErrorContaining("[StatecraftPrivateAccess]").inFile(file)
        .onLineContaining("yieldReturn(secret);");
    assertThat(compilation).hadErrorContaining("[StatecraftAwaitInGenerator]").inFile(file)
        .onLineContaining("int x = await(f);");
    assertThat(compilation).hadErrorContaining("[StatecraftGeneratorReturn]").inFile(file)
        .onLineContaining("return null;");
    assertNothingGenerated(compilation);
  }

  @Test
  void oneBadTemplateBlocksItsTypeButNotOtherTypes() {
    JavaFileObject mixed = template("Mixed",
        "class Mixed {",
        "  @Generator",
        "  static Iterable<Integer> good() {",
        "    yieldReturn(1);",
        "    return done();",
        "  }",
        "  @Generator",
        "  static Iterable<Integer> bad() {",
        "    yieldReturn(\"two\");",
        "    return done();",
        "  }",
        "}");
    JavaFileObject clean = template("Clean",
        "class Clean {",
        "  @Generator",
        "  static Iterable<Integer> good() {",
        "    yieldReturn(1);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(mixed, clean);
    assertNoCrash(compilation);
    assertThat(compilation).failed();
    assertThat(tags(compilation)).containsExactly("[StatecraftYieldType]");
    assertThat(generatedTypes(compilation)).containsExactly("p.CleanGen");
  }

  @Test
  void declarationAndBodyErrorsOfDifferentTemplatesAreAllReported() {
    JavaFileObject file = template("Both",
        "class Both {",
        "  @Generator",
        "  static String text() {",
        "    return done();",
        "  }",
        "  @Generator",
        "  static Iterable<Integer> values() {",
        "    Runnable r = () -> yieldReturn(1);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertNoCrash(compilation);
    assertThat(tags(compilation)).containsExactly(
        "[StatecraftReturnType]", "[StatecraftSuspendInsideLambda]");
    assertNothingGenerated(compilation);
  }

  @Test
  void bodyWithUnresolvedSymbolGetsOnlyJavacsErrorAndNoFile() {
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

  /** The tag of every error, in the order reported. */
  private static List<String> tags(Compilation compilation) {
    List<String> tags = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(null);
      tags.add(message.startsWith("[") ? message.substring(0, message.indexOf(']') + 1) : message);
    }
    return tags;
  }
}
