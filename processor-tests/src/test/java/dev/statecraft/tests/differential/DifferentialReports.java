package dev.statecraft.tests.differential;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/** Test-side helpers: resources, and failure reports printed and written to target/. */
final class DifferentialReports {
  static final Path REPORT_DIR = Path.of("target", "differential-reports");

  private DifferentialReports() {}

  static String resource(String path) {
    try (InputStream in = DifferentialReports.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes failure reports to {@code target/differential-reports/<name>.txt}. */
  static Path write(String name, List<String> failures) {
    Path file = REPORT_DIR.resolve(name + ".txt");
    try {
      Files.createDirectories(REPORT_DIR);
      Files.writeString(file, String.join("\n\n", failures), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Prints the first failures, writes all of them to {@code target/differential-reports/<name>.txt}
   * and fails the test when there is any.
   */
  static void assertNoFailures(String name, List<String> failures, String summary) {
    if (failures.isEmpty()) {
      return;
    }
    Path file = REPORT_DIR.resolve(name + ".txt");
    try {
      Files.createDirectories(REPORT_DIR);
      Files.writeString(file, summary + "\n\n" + String.join("\n\n", failures), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int shown = Math.min(3, failures.size());
    for (int i = 0; i < shown; i++) {
      System.out.println(failures.get(i));
    }
    Assertions.fail(summary + "\n" + failures.size() + " failure(s); the first " + shown
        + " printed above, all in " + file.toAbsolutePath() + "\n\n" + failures.get(0));
  }
}
