package dev.statecraft.tests.golden;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.JavaFileObjectSubject.javaFileObjects;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated source is a product (DESIGN.md, "Generated code"): for a few representative
 * templates ({@link GoldenCase#all}) the exact text of the {@code ...Gen} file is pinned. What the
 * generated code does is checked by the behaviour suites; here only how it reads.
 *
 * <p>After an intended change of emission, regenerate the expected files, then read the diff:
 * <pre>
 * mvn -B clean test -pl processor-tests -Dtest='dev.statecraft.tests.golden.**' \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dstatecraft.updateGolden=true
 * </pre>
 * writes them into {@code processor-tests/src/test/resources/golden/}.
 */
class GoldenSourcesTest {
  private static final boolean UPDATE = Boolean.getBoolean("statecraft.updateGolden");

  static Stream<GoldenCase> cases() {
    return GoldenCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generatedSourceIsExactly(GoldenCase golden) throws IOException {
    Compilation compilation = golden.compile();
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(golden.generatedName()).isNotNull();
    JavaFileObject generated =
        compilation.generatedSourceFile(golden.generatedName()).orElseThrow();
    String actual = generated.getCharContent(false).toString();

    if (UPDATE) {
      Path target = sourceResources().resolve(golden.expectedPath());
      Files.createDirectories(target.getParent());
      Files.writeString(target, actual, UTF_8);
      System.out.println("[golden] wrote " + target);
      return;
    }
    String expected = GoldenCase.resource(golden.expectedPath());
    assertNotNull(expected, () -> "No expected file " + golden.expectedPath() + "; create it"
        + " with -Dstatecraft.updateGolden=true and review it. Generated:\n" + actual);
    if (!actual.equals(expected)) {
      fail(golden.expectedPath() + " differs from the generated source (- expected,"
          + " + generated). If the change is intended, regenerate with"
          + " -Dstatecraft.updateGolden=true and review the diff.\n"
          + LineDiff.unified(expected, actual));
    }
    assertWithMessage(golden.expectedPath()).about(javaFileObjects()).that(generated)
        .contentsAsUtf8String().isEqualTo(expected);
  }

  /** {@code src/test/resources} of this module (surefire runs with the module as basedir). */
  private static Path sourceResources() {
    String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
    return Path.of(basedir, "src", "test", "resources");
  }
}
