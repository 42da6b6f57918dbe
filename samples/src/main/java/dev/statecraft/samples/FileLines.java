package dev.statecraft.samples;

import static dev.statecraft.runtime.Coroutines.*;

import dev.statecraft.Generator;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Sample 2: reading a file lazily, one line per step, with the file closed at the right time.
 *
 * <p>The reader lives in an ordinary try-with-resources. It is opened on the consumer's first
 * request (generators start lazily), and closed when the body leaves the {@code try}: after the
 * last line, when reading throws, or when the consumer closes the generator early.
 */
class FileLines {

  /**
   * Every line of {@code file}. The {@code IOException} is not wrapped: it comes out of the
   * iterator's {@code hasNext()}/{@code next()} as it is (see {@code Main.fileLines}).
   */
  @Generator
  static Iterable<String> lines(Path file) throws IOException {
    try (BufferedReader in = new BufferedReader(TrackedReader.open(file))) {
      String line;
      while ((line = in.readLine()) != null) {
        yieldReturn(line);
      }
    }
    return done();
  }

  /**
   * The same lines as a {@code Stream}. Closing the stream (try-with-resources) closes the
   * generator, which closes the reader it holds open, even if only a few lines were taken.
   */
  @Generator
  static Stream<String> stream(Path file) throws IOException {
    try (BufferedReader in = new BufferedReader(TrackedReader.open(file))) {
      String line;
      while ((line = in.readLine()) != null) {
        yieldReturn(line);
      }
    }
    return done();
  }
}
