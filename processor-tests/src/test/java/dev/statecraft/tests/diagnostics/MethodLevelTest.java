package dev.statecraft.tests.diagnostics;

import static dev.statecraft.tests.diagnostics.Templates.assertOnlyErrorOnMethod;
import static dev.statecraft.tests.diagnostics.Templates.compile;
import static dev.statecraft.tests.diagnostics.Templates.template;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Problems of the declaration rather than the body — return type, no body, an owner the sibling
 * class cannot reach — are errors on the method's name that say what to declare instead.
 */
class MethodLevelTest {
  private static final String GENERATOR_TYPES = "Declare one of: Iterable<T>, Iterator<T>,"
      + " Stream<T>, PrimitiveIterator.OfInt, PrimitiveIterator.OfLong,"
      + " PrimitiveIterator.OfDouble, IntStream, LongStream, DoubleStream.";

  @Test
  void generatorReturningList() {
    JavaFileObject file = template("Lists",
        "class Lists {",
        "  @Generator",
        "  static <T> List<T> values(T t) {",
        "    yieldReturn(t);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorOnMethod(compilation, file, "[StatecraftReturnType]",
        List.of("@Generator method values returns java.util.List<T>, which a generator cannot"
            + " return.", GENERATOR_TYPES),
        "static <T> List<T> values(T t)", "values");
  }

  @Test
  void generatorReturningString() {
    JavaFileObject file = template("Text",
        "class Text {",
        "  @Generator",
        "  static String values() {",
        "    yieldReturn(\"a\");",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorOnMethod(compilation, file, "[StatecraftReturnType]",
        List.of("@Generator method values returns java.lang.String", GENERATOR_TYPES),
        "static String values()", "values");
  }

  @Test
  void generatorReturningRawIterable() {
    JavaFileObject file = template("Raw",
        "class Raw {",
        "  @Generator",
        "  @SuppressWarnings(\"rawtypes\")",
        "  static Iterable values() {",
        "    yieldReturn(1);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorOnMethod(compilation, file, "[StatecraftReturnType]",
        List.of("@Generator method values returns java.lang.Iterable,", GENERATOR_TYPES),
        "static Iterable values()", "values");
  }

  @Test
  void generatorReturningCompletableFuture() {
    JavaFileObject file = template("Mixed",
        "class Mixed {",
        "  @Generator",
        "  static CompletableFuture<Integer> values() {",
        "    yieldReturn(1);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorOnMethod(compilation, file, "[StatecraftReturnType]",
        List.of("@Generator method values returns"
            + " java.util.concurrent.CompletableFuture<java.lang.Integer>", GENERATOR_TYPES),
        "static CompletableFuture<Integer> values()", "values");
  }

  @Test
  void asyncReturningFuture() {
    JavaFileObject file = template("Futures",
        "class Futures {",
        "  @Async",
        "  static Future<Integer> value(CompletableFuture<Integer> f) {",
        "    return CompletableFuture.completedFuture(await(f));",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorOnMethod(compilation, file, "[StatecraftReturnType]",
        List.of("@Async method value returns java.util.concurrent.Future<java.lang.Integer>,"
            + " which an async method cannot return.",
            "Declare one of: CompletableFuture<T>, CompletionStage<T>."),
        "static Future<Integer> value(", "value");
  }

  @Test
  void asyncReturningIterable() {
    JavaFileObject file = template("AsyncIterable",
        "class AsyncIterable {",
        "  @Async",
        "  static Iterable<Integer> value() {",
        "    return List.of(1);",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorOnMethod(compilation, file, "[StatecraftReturnType]",
        List.of("@Async method value returns java.lang.Iterable<java.lang.Integer>",
            "Declare one of: CompletableFuture<T>, CompletionStage<T>."),
        "static Iterable<Integer> value()", "value");
  }

  @Test
  void abstractMethod() {
    JavaFileObject file = template("Shape",
        "abstract class Shape {",
        "  @Generator",
        "  abstract Iterable<Integer> corners();",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorOnMethod(compilation, file, "[StatecraftNoBody]",
        List.of("@Generator method corners is abstract: a template needs a body to transform.",
            "Give it a body", "or remove @Generator"),
        "abstract Iterable<Integer> corners();", "corners");
  }

  @Test
  void abstractInterfaceMethod() {
    JavaFileObject file = template("Source",
        "interface Source {",
        "  @Async",
        "  CompletionStage<String> read();",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorOnMethod(compilation, file, "[StatecraftNoBody]",
        List.of("@Async method read is abstract", "in an interface, make it static or default",
            "or remove @Async"),
        "CompletionStage<String> read();", "read");
  }

  @Test
  void nativeMethod() {
    JavaFileObject file = template("Natives",
        "class Natives {",
        "  @Generator",
        "  static native Iterator<Integer> values();",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorOnMethod(compilation, file, "[StatecraftNoBody]",
        List.of("@Generator method values is native: a template needs a Java body to"
            + " transform.", "Write the body in Java, or remove @Generator."),
        "static native Iterator<Integer> values();", "values");
  }

  @Test
  void templateInPrivateNestedType() {
    JavaFileObject file = template("Owner",
        "class Owner {",
        "  private static class Hidden {",
        "    @Generator",
        "    static Iterable<Integer> values() {",
        "      yieldReturn(1);",
        "      return done();",
        "    }",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorOnMethod(compilation, file, "[StatecraftPrivateOwner]",
        List.of("@Generator method values is declared in private type Hidden",
            "Make Hidden package-private."),
        "static Iterable<Integer> values()", "values");
  }
}
