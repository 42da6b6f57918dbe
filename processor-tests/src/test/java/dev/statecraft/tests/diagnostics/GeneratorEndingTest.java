package dev.statecraft.tests.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statecraft.tests.diagnostics.Templates.assertErrorAt;
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
 * The markers work only as direct calls in their own positions: a generator's only {@code return}
 * is {@code return done();}, {@code done()} appears nowhere else, {@code yieldReturn} /
 * {@code yieldAll} are statements, and no marker ({@code await} included) is passed around as a
 * method reference.
 */
class GeneratorEndingTest {
  @Test
  void returnOfAValueInGenerator() {
    JavaFileObject file = template("Returns",
        "class Returns {",
        "  @Generator",
        "  static Iterable<Integer> values(boolean none) {",
        "    if (none) {",
        "      return List.of();",
        "    }",
        "    yieldReturn(1);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftGeneratorReturn]",
        List.of("A generator body ends with `return done();`",
            "hand elements over with yieldReturn(value) or yieldAll(source)"),
        "return List.of();", "return List.of();");
  }

  @Test
  void returnNullInGenerator() {
    JavaFileObject file = template("ReturnsNull",
        "class ReturnsNull {",
        "  @Generator",
        "  static Stream<String> values() {",
        "    yieldReturn(\"a\");",
        "    return null;",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftGeneratorReturn]",
        List.of("A generator body ends with `return done();`"),
        "return null;", "return null;");
  }

  @Test
  void returnInsideLambdaOfGeneratorIsTheLambdas() {
    // The lambda's own return is not the generator's: no error, and the type gets its file.
    JavaFileObject file = template("LambdaReturns",
        "class LambdaReturns {",
        "  @Generator",
        "  static Iterable<Integer> values() {",
        "    Supplier<Integer> one = () -> { return 1; };",
        "    yieldReturn(one.get());",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertNoCrash(compilation);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("p.LambdaReturnsGen").isNotNull();
  }

  @Test
  void doneAsAValue() {
    JavaFileObject file = template("DoneValue",
        "class DoneValue {",
        "  @Generator",
        "  static Iterable<Integer> values() {",
        "    Integer last = done();",
        "    yieldReturn(last);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftDonePosition]",
        List.of("done() ends the generator", "belongs only in `return done();`"),
        "Integer last = done();", "done()");
  }

  @Test
  void doneInsideLambda() {
    JavaFileObject file = template("DoneLambda",
        "class DoneLambda {",
        "  @Generator",
        "  static Iterable<Integer> values() {",
        "    Supplier<Integer> end = () -> done();",
        "    yieldReturn(end.get());",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftDonePosition]",
        List.of("done() ends the generator", "in the generator body itself"),
        "Supplier<Integer> end", "done()");
  }

  @Test
  void returnDoneInsideAnonymousClass() {
    JavaFileObject file = template("DoneAnonymous",
        "class DoneAnonymous {",
        "  @Generator",
        "  static Iterable<Integer> values() {",
        "    Supplier<Integer> end = new Supplier<Integer>() {",
        "      @Override public Integer get() { return done(); }",
        "    };",
        "    yieldReturn(end.get());",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftDonePosition]",
        List.of("done() ends the generator", "in the generator body itself"),
        "public Integer get()", "done()");
  }

  @Test
  void methodReferenceToYieldReturn() {
    JavaFileObject file = template("References",
        "import dev.statecraft.runtime.Coroutines;",
        "",
        "class References {",
        "  @Generator",
        "  static Iterable<Integer> values(List<Integer> xs) {",
        "    xs.forEach(Coroutines::yieldReturn);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftMarkerReference]",
        List.of("A method reference to yieldReturn() escapes the transform",
            "Call yieldReturn(...) directly"),
        "xs.forEach", "Coroutines::yieldReturn");
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

  @Test
  void yieldReturnUsedAsAnExpression() {
    // yieldReturn is void, so javac rejects any use of its value as well; the processor says
    // what to write instead, does not crash, and writes no file.
    JavaFileObject file = template("YieldValue",
        "class YieldValue {",
        "  @Generator",
        "  static Iterable<Object> values() {",
        "    Object o = (Object) yieldReturn(1);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertNoCrash(compilation);
    assertNothingGenerated(compilation);
    assertThat(compilation).failed();
    assertErrorAt(compilation, file, "[StatecraftYieldPosition]",
        List.of("yieldReturn() is a statement: write it on its own, as in `yieldReturn(value);`"),
        "Object o = (Object) yieldReturn(1);", "yieldReturn(1)");
    assertThat(compilation).hadErrorContaining("void cannot be converted").inFile(file)
        .onLineContaining("Object o = (Object) yieldReturn(1);");
    assertThat(compilation.errors()).hasSize(2);
  }
}
