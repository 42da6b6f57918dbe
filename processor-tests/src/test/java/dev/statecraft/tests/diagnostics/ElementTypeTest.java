package dev.statecraft.tests.diagnostics;

import static dev.statecraft.tests.diagnostics.Templates.assertOnlyErrorAt;
import static dev.statecraft.tests.diagnostics.Templates.compile;
import static dev.statecraft.tests.diagnostics.Templates.template;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What a generator hands over must be assignable to its element type: the {@code yieldReturn}
 * argument, and the element type of a {@code yieldAll} source. The error sits on the argument and
 * names both types. {@code yieldReturn} is generic, so javac alone would accept every one of these.
 */
class ElementTypeTest {
  @Test
  void yieldReturnOfWrongReferenceType() {
    JavaFileObject file = template("Strings",
        "class Strings {",
        "  @Generator",
        "  static Iterable<Integer> values() {",
        "    yieldReturn(\"one\");",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftYieldType]",
        List.of("yieldReturn() hands over java.lang.String", "Strings.values yields"
            + " java.lang.Integer", "Yield a value assignable to java.lang.Integer"),
        "yieldReturn(\"one\");", "\"one\"");
  }

  @Test
  void yieldReturnOfStringInIntStream() {
    JavaFileObject file = template("Ints",
        "class Ints {",
        "  @Generator",
        "  static IntStream values() {",
        "    yieldReturn(\"one\");",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftYieldType]",
        List.of("yieldReturn() hands over java.lang.String", "Ints.values yields int"),
        "yieldReturn(\"one\");", "\"one\"");
  }

  @Test
  void yieldReturnOfLongInIntIterator() {
    JavaFileObject file = template("Narrowing",
        "class Narrowing {",
        "  @Generator",
        "  static PrimitiveIterator.OfInt values(long big) {",
        "    yieldReturn(big + 1);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftYieldType]",
        List.of("yieldReturn() hands over long", "Narrowing.values yields int"),
        "yieldReturn(big + 1);", "big + 1");
  }

  @Test
  void yieldReturnOfWrongTypeUnderWildcard() {
    JavaFileObject file = template("Bounded",
        "class Bounded {",
        "  @Generator",
        "  static Stream<? extends Number> values() {",
        "    yieldReturn(1);",
        "    yieldReturn(\"two\");",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftYieldType]",
        List.of("yieldReturn() hands over java.lang.String", "yields java.lang.Number"),
        "yieldReturn(\"two\");", "\"two\"");
  }

  @Test
  void yieldReturnOfWrongTypeInGenericTemplate() {
    JavaFileObject file = template("Generic",
        "class Generic {",
        "  @Generator",
        "  static <T> Iterable<T> values(T first) {",
        "    yieldReturn(first);",
        "    yieldReturn(2);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftYieldType]",
        List.of("yieldReturn() hands over int", "Generic.values yields T"),
        "yieldReturn(2);", "2");
  }

  @Test
  void yieldAllOfWrongElementType() {
    JavaFileObject file = template("Delegates",
        "class Delegates {",
        "  @Generator",
        "  static Iterable<Integer> values(List<String> words) {",
        "    yieldAll(words);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftYieldAllType]",
        List.of("yieldAll() hands over elements of type java.lang.String",
            "Delegates.values yields java.lang.Integer",
            "Pass a source whose elements are assignable to java.lang.Integer"),
        "yieldAll(words);", "words");
  }

  @Test
  void yieldAllOfStreamOfWrongElementType() {
    JavaFileObject file = template("StreamDelegates",
        "class StreamDelegates {",
        "  @Generator",
        "  static Iterator<Integer> values(List<String> words) {",
        "    yieldAll(words.stream().map(String::trim));",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftYieldAllType]",
        List.of("yieldAll() hands over elements of type java.lang.String"),
        "yieldAll(words", "words.stream().map(String::trim)");
  }

  @Test
  void yieldAllOfStringsInIntStream() {
    JavaFileObject file = template("IntDelegates",
        "class IntDelegates {",
        "  @Generator",
        "  static IntStream values(Iterator<String> words) {",
        "    yieldAll(words);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftYieldAllType]",
        List.of("yieldAll() hands over elements of type java.lang.String",
            "IntDelegates.values yields int"),
        "yieldAll(words);", "words");
  }
}
