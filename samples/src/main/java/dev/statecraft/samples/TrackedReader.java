package dev.statecraft.samples;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link Reader} that prints when it is opened and closed. It exists only so that the file
 * sample can show <em>when</em> a generator opens and closes its file; real code would call
 * {@code Files.newBufferedReader} directly.
 */
final class TrackedReader extends FilterReader {
  private final String name;
  private boolean closed;

  private TrackedReader(Reader in, String name) {
    super(in);
    this.name = name;
  }

  static Reader open(Path file) throws IOException {
    Reader in = Files.newBufferedReader(file);
    System.out.println("    [opened " + file.getFileName() + "]");
    return new TrackedReader(in, file.getFileName().toString());
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      System.out.println("    [closed " + name + "]");
    }
    super.close();
  }
}
