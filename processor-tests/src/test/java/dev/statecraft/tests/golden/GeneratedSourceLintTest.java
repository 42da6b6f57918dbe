package dev.statecraft.tests.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated code must compile in a user's build whatever its options, including
 * {@code -Xlint:all -Werror}: every golden case ({@link GoldenCase#all}) compiles with its
 * generated {@code ...Gen} source without a single lint warning (e.g. the dispatch switch falling
 * through from one state into the next is marked {@code @SuppressWarnings("fallthrough")}).
 */
class GeneratedSourceLintTest {
  static Stream<GoldenCase> cases() {
    return GoldenCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generatedSourceIsLintClean(GoldenCase golden) {
    // -processing: javac's note that no processor claimed @Generator is about the build, not
    // the generated source (Statecraft deliberately claims nothing).
    assertThat(golden.compile("-Xlint:all,-processing", "-Werror")).succeededWithoutWarnings();
  }
}
