package dev.statecraft.tests.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.statecraft.Generator;
import dev.statecraft.processor.StatecraftProcessor;
import dev.statecraft.runtime.Coroutines;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles small templates with the processor, in memory, and pins the error it reports: tag,
 * key text, file, line, and the exact tree (start and end offset) or the method name's column.
 *
 * <p>Every assertion here also checks what DESIGN.md promises of every error: it is the only
 * error (no cascade, no duplicate), it is not a processor crash ({@code [StatecraftInternalError]}
 * or a stack trace in any message), and the type with the error got no {@code ...Gen} file.
 */
final class Templates {
  /** Imports every template source starts with, so a test shows only the class. */
  static final List<String> HEADER = List.of(
      "package p;",
      "",
      "import dev.statecraft.Async;",
      "import dev.statecraft.Generator;",
      "import static dev.statecraft.runtime.Coroutines.*;",
      "import java.util.*;",
      "import java.util.concurrent.*;",
      "import java.util.function.*;",
      "import java.util.stream.*;",
      "");

  /** What {@link GeneratedTypesObserver} saw, per compilation made here. */
  private static final Map<Compilation, List<String>> GENERATED =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private Templates() {}

  /** A source {@code p.<simpleName>} made of {@link #HEADER} and {@code lines}. */
  static JavaFileObject template(String simpleName, String... lines) {
    List<String> all = new ArrayList<>(HEADER);
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("p." + simpleName, all);
  }

  /** Compiles {@code sources} with a fresh {@link StatecraftProcessor}. */
  static Compilation compile(JavaFileObject... sources) {
    return compile(new StatecraftProcessor(), sources);
  }

  /**
   * Compiles {@code sources} with {@code processor}, against the annotations and runtime, and
   * remembers which {@code ...Gen} types it wrote (see {@link #assertNothingGenerated}).
   */
  static Compilation compile(Processor processor, JavaFileObject... sources) {
    GeneratedTypesObserver observer = new GeneratedTypesObserver();
    Compilation compilation = Compiler.javac()
        .withProcessors(processor, observer)
        .withClasspath(List.of(location(Generator.class), location(Coroutines.class)))
        .compile(sources);
    GENERATED.put(compilation, observer.generated());
    return compilation;
  }

  /**
   * Asserts that {@code compilation} failed with exactly one error, which starts with {@code tag},
   * contains every {@code keyText}, and sits in {@code file} on the line containing {@code line},
   * spanning exactly the first occurrence of {@code tree} in that line; and that no crash was
   * reported and no {@code ...Gen} source was written.
   */
  static Diagnostic<? extends JavaFileObject> assertOnlyErrorAt(Compilation compilation,
      JavaFileObject file, String tag, List<String> keyTexts, String line, String tree) {
    assertOnlyError(compilation, file, tag, keyTexts, line);
    return assertErrorAt(compilation, file, tag, keyTexts, line, tree);
  }

  /**
   * Asserts that {@code compilation} has an error starting with {@code tag} and containing every
   * {@code keyText}, in {@code file} on the line containing {@code line}, spanning exactly the
   * first occurrence of {@code tree} in that line. Other errors may exist.
   */
  static Diagnostic<? extends JavaFileObject> assertErrorAt(Compilation compilation,
      JavaFileObject file, String tag, List<String> keyTexts, String line, String tree) {
    assertThat(compilation).hadErrorContaining(tag).inFile(file).onLineContaining(line);
    Diagnostic<? extends JavaFileObject> error = errorTagged(compilation, tag);
    for (String key : keyTexts) {
      assertThat(error.getMessage(null)).contains(key);
    }
    String source = contents(file);
    String text = lineContaining(source, line);
    assertWithMessage("`%s` is not on the line containing `%s`", tree, line)
        .that(text).contains(tree);
    long treeStart = offsetOfLine(source, line) + text.indexOf(tree);
    assertWithMessage("start of the error's tree (expected the start of `%s`)%s", tree,
        describe(error, source))
        .that(error.getStartPosition()).isEqualTo(treeStart);
    assertWithMessage("end of the error's tree (expected the end of `%s`)%s", tree,
        describe(error, source))
        .that(error.getEndPosition()).isEqualTo(treeStart + tree.length());
    return error;
  }

  /**
   * Like {@link #assertOnlyErrorAt} for a method-level error: the error is on the line containing
   * {@code line}, at the column where {@code methodName} starts (javac's position of the method).
   */
  static Diagnostic<? extends JavaFileObject> assertOnlyErrorOnMethod(Compilation compilation,
      JavaFileObject file, String tag, List<String> keyTexts, String line, String methodName) {
    Diagnostic<? extends JavaFileObject> error =
        assertOnlyError(compilation, file, tag, keyTexts, line);
    String text = lineContaining(contents(file), line);
    int nameColumn = text.indexOf(" " + methodName + "(") + 2;
    assertWithMessage("`%s(` on the line containing `%s`", methodName, line)
        .that(nameColumn).isGreaterThan(1);
    assertWithMessage("column of the error (expected the method name `%s`)%s", methodName,
        describe(error, contents(file)))
        .that(error.getColumnNumber()).isEqualTo((long) nameColumn);
    return error;
  }

  /** The checks shared by both kinds of positioned error: tag, text, file, line, no fallout. */
  static Diagnostic<? extends JavaFileObject> assertOnlyError(Compilation compilation,
      JavaFileObject file, String tag, List<String> keyTexts, String line) {
    assertNoCrash(compilation);
    assertNothingGenerated(compilation);
    assertThat(compilation).failed();
    assertWithMessage("errors: %s", compilation.errors())
        .that(compilation.errors()).hasSize(1);
    assertThat(compilation).hadErrorContaining(tag).inFile(file).onLineContaining(line);
    Diagnostic<? extends JavaFileObject> error = errorTagged(compilation, tag);
    for (String key : keyTexts) {
      assertThat(error.getMessage(null)).contains(key);
    }
    return error;
  }

  /** The one error whose message starts with {@code tag} (and a space). */
  static Diagnostic<? extends JavaFileObject> errorTagged(Compilation compilation, String tag) {
    List<Diagnostic<? extends JavaFileObject>> tagged = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      if (error.getMessage(null).startsWith(tag + " ")) {
        tagged.add(error);
      }
    }
    assertWithMessage("errors starting with `%s `: %s", tag, compilation.errors())
        .that(tagged).hasSize(1);
    return tagged.get(0);
  }

  /** No message is a processor crash: no internal-error tag, no stack trace. */
  static void assertNoCrash(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(null);
      assertWithMessage("a processor crash was reported").that(message)
          .doesNotContain("[StatecraftInternalError]");
      assertWithMessage("a stack trace was reported").that(message).doesNotContainMatch(
          "\\n\\s*at [\\w.$]+\\(");
    }
  }

  /**
   * The processor wrote no {@code ...Gen} source. (compile-testing offers no generated files of
   * a failed compilation, so {@link GeneratedTypesObserver} looks for them.)
   */
  static void assertNothingGenerated(Compilation compilation) {
    assertWithMessage("...Gen types written for types with errors")
        .that(generatedTypes(compilation)).isEmpty();
  }

  /** The {@code ...Gen} types {@code compilation} wrote, whether it succeeded or not. */
  static List<String> generatedTypes(Compilation compilation) {
    List<String> generated = GENERATED.get(compilation);
    if (generated == null) {
      throw new IllegalArgumentException("not compiled by Templates.compile");
    }
    return generated;
  }

  /** The text of {@code file}. */
  static String contents(JavaFileObject file) {
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String lineContaining(String source, String fragment) {
    String found = null;
    for (String line : source.split("\n", -1)) {
      if (line.contains(fragment)) {
        if (found != null) {
          fail("more than one line contains `" + fragment + "`");
        }
        found = line;
      }
    }
    if (found == null) {
      fail("no line contains `" + fragment + "`");
    }
    return found;
  }

  private static long offsetOfLine(String source, String fragment) {
    int offset = 0;
    for (String line : source.split("\n", -1)) {
      if (line.contains(fragment)) {
        return offset;
      }
      offset += line.length() + 1;
    }
    throw new AssertionError(fragment);
  }

  /** The error's message and the source it spans, for failure messages. */
  private static String describe(Diagnostic<? extends JavaFileObject> error, String source) {
    long start = error.getStartPosition();
    long end = error.getEndPosition();
    String spanned = start >= 0 && end >= start && end <= source.length()
        ? source.substring((int) start, (int) end) : "<no span>";
    return "\n  error at " + error.getLineNumber() + ":" + error.getColumnNumber()
        + " spanning `" + spanned + "`: " + error.getMessage(null);
  }

  private static File location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
