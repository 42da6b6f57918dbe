package dev.statecraft.tests.golden;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.statecraft.Generator;
import dev.statecraft.processor.StatecraftProcessor;
import dev.statecraft.runtime.Coroutines;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.stream.Stream;

/**
 * One golden case: the template {@code golden/<name>/<type>.java} (package {@code golden.<name>})
 * and the expected {@code golden/<name>/<type>Gen.java} next to it, both test resources.
 */
record GoldenCase(String name, String type, String why) {
  /** Every case, each chosen for what its generated source shows. */
  static Stream<GoldenCase> all() {
    return Stream.of(
        new GoldenCase("fib", "Numbers", "DESIGN.md's Numbers.fib: a for loop around a yield"),
        new GoldenCase("members", "Playlist", "an instance template: fields, methods, `this`"),
        new GoldenCase("jumps", "Tokens", "nested loops, a switch, a labelled continue"),
        new GoldenCase("delegation", "Tree", "yieldAll of a generator, an Iterable, a Stream"),
        new GoldenCase("primitive", "Squares", "an IntStream: elements stored unboxed"));
  }

  String templatePath() {
    return "golden/" + name + "/" + type + ".java";
  }

  String expectedPath() {
    return "golden/" + name + "/" + type + "Gen.java";
  }

  String generatedName() {
    return "golden." + name + "." + type + "Gen";
  }

  /** Compiles the template with the processor, as a user's build would, with {@code options}. */
  Compilation compile(String... options) {
    return Compiler.javac()
        .withProcessors(new StatecraftProcessor())
        .withClasspath(List.of(location(Generator.class), location(Coroutines.class)))
        .withOptions((Object[]) options)
        .compile(JavaFileObjects.forSourceString(
            "golden." + name + "." + type, resource(templatePath())));
  }

  @Override
  public String toString() {
    return name + "/" + type + " (" + why + ")";
  }

  /** The text of a test resource, or null when there is none. */
  static String resource(String path) {
    try (InputStream in = GoldenCase.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static File location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
