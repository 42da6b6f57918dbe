package dev.statecraft.tests.behaviour.async;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.statecraft.Async;
import dev.statecraft.processor.StatecraftProcessor;
import dev.statecraft.runtime.Coroutines;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated source of an {@code @Async} template is pinned like the generator goldens
 * ({@code dev.statecraft.tests.golden.GoldenSourcesTest}): DESIGN.md's {@code Numbers.total}
 * (an await in a try inside a for-each, a compound assignment, a catch, a completedFuture
 * return), template and expected source under {@code golden-async/total/}.
 *
 * <p>After an intended change of emission, regenerate and review the diff:
 * <pre>
 * mvn -B clean test -pl processor-tests -Dtest=AsyncGoldenTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dstatecraft.updateGolden=true
 * </pre>
 */
class AsyncGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("statecraft.updateGolden");
  private static final String TEMPLATE = "golden-async/total/Numbers.java";
  private static final String EXPECTED = "golden-async/total/NumbersGen.java";

  @Test
  void generatedSourceOfDesignExampleTotal() throws IOException {
    String template = resource(TEMPLATE);
    assertNotNull(template, TEMPLATE);
    Compilation compilation = Compiler.javac()
        .withProcessors(new StatecraftProcessor())
        .withClasspath(List.of(location(Async.class), location(Coroutines.class)))
        .compile(JavaFileObjects.forSourceString("golden.async.total.Numbers", template));
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject generated =
        compilation.generatedSourceFile("golden.async.total.NumbersGen").orElseThrow();
    String actual = generated.getCharContent(false).toString();

    if (UPDATE) {
      String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
      Path target = Path.of(basedir, "src", "test", "resources").resolve(EXPECTED);
      Files.createDirectories(target.getParent());
      Files.writeString(target, actual, UTF_8);
      System.out.println("[golden] wrote " + target);
      return;
    }
    String expected = resource(EXPECTED);
    if (expected == null) {
      fail("No expected file " + EXPECTED + "; create it with -Dstatecraft.updateGolden=true"
          + " and review it. Generated:\n" + actual);
    }
    assertEquals(expected, actual, EXPECTED + " differs from the generated source; if the"
        + " change is intended, regenerate with -Dstatecraft.updateGolden=true and review it");
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = AsyncGoldenTest.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), UTF_8);
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
