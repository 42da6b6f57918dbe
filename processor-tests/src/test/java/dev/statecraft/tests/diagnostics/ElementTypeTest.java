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

  /** A long is not assignable to int (Java would need a cast): no silent narrowing. */
  @Test
  void yieldAllOfLongStreamInIntStream() {
    JavaFileObject file = template("NarrowedLongs",
        "class NarrowedLongs {",
        "  @Generator",
        "  static IntStream values(int n) {",
        "    yieldAll(LongStream.range(0, n));",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftYieldAllType]",
        List.of("yieldAll() hands over elements of type long",
            "NarrowedLongs.values yields int",
            "Pass a source whose elements are assignable to int"),
        "yieldAll(LongStream", "LongStream.range(0, n)");
  }

  /** A double into a long generator, the narrowing the other way round. */
  @Test
  void yieldAllOfDoubleStreamInLongIterator() {
    JavaFileObject file = template("NarrowedDoubles",
        "class NarrowedDoubles {",
        "  @Generator",
        "  static PrimitiveIterator.OfLong values(DoubleStream doubles) {",
        "    yieldReturn(1L);",
        "    yieldAll(doubles);",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftYieldAllType]",
        List.of("yieldAll() hands over elements of type double",
            "NarrowedDoubles.values yields long"),
        "yieldAll(doubles);", "doubles");
  }

  /** An int boxes to Integer only, as {@code Long x = 1;} does not compile: no Integer-to-Long. */
  @Test
  void yieldAllOfIntStreamInBoxedLongGenerator() {
    JavaFileObject file = template("BoxedLongs",
        "class BoxedLongs {",
        "  @Generator",
        "  static Iterable<Long> values(int n) {",
        "    yieldAll(IntStream.range(0, n));",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftYieldAllType]",
        List.of("yieldAll() hands over elements of type int",
            "BoxedLongs.values yields java.lang.Long",
            "Pass a source whose elements are assignable to java.lang.Long"),
        "yieldAll(IntStream", "IntStream.range(0, n)");
  }

  /** A primitive stream of the wrong kind into a reference generator of another type. */
  @Test
  void yieldAllOfIntStreamInStringGenerator() {
    JavaFileObject file = template("IntsAsStrings",
        "class IntsAsStrings {",
        "  @Generator",
        "  static Iterator<String> values(int[] values) {",
        "    yieldAll(Arrays.stream(values));",
        "    return done();",
        "  }",
        "}");
    Compilation compilation = compile(file);
    assertOnlyErrorAt(compilation, file, "[StatecraftYieldAllType]",
        List.of("yieldAll() hands over elements of type int",
            "IntsAsStrings.values yields java.lang.String"),
        "yieldAll(Arrays", "Arrays.stream(values)");
  }
}
