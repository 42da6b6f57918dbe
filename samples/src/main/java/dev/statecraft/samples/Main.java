package dev.statecraft.samples;

import static dev.statecraft.samples.Tree.leaf;
import static dev.statecraft.samples.Tree.node;
import static java.util.concurrent.TimeUnit.SECONDS;

import dev.statecraft.samples.Client.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Runs every sample in order. Each template lives in its own file ({@code Numbers}, {@code
 * FileLines}, {@code Tree}, {@code Client}); this class only calls the factories the processor
 * generated from them ({@code NumbersGen}, {@code FileLinesGen}, {@code TreeGen}, {@code
 * ClientGen}).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    System.out.println("Statecraft samples, running on Java " + Runtime.version());
    numbers();
    fileLines();
    tree();
    asyncHttp();
  }

  private static void numbers() {
    heading("1. Fibonacci and primes (Numbers.java)");
    List<Integer> fibs = new ArrayList<>();
    for (int f : NumbersGen.fib(10)) {
      fibs.add(f);
    }
    System.out.println("  fib(10):           " + fibs);
    // An unbounded sequence: only the primes the stream pulls are ever computed.
    System.out.println("  first 10 primes:   " + NumbersGen.primes().limit(10).toList());
    int bigPrime = NumbersGen.primes().dropWhile(p -> p <= 1_000_000).findFirst().orElseThrow();
    System.out.println("  first prime > 1e6: " + bigPrime);
  }

  private static void fileLines() throws Exception {
    heading("2. A file's lines, read lazily (FileLines.java)");
    Path dir = Files.createTempDirectory("statecraft-samples");
    Path file = dir.resolve("numbers.txt");
    try {
      Files.write(file, List.of("one", "two", "three", "four", "five", "six"));

      Iterable<String> lines = FileLinesGen.lines(file);
      System.out.println("  factory called: nothing opened yet");
      for (String line : lines) {
        System.out.println("  " + line);
      }
      // Reading to the end left the template's try-with-resources: the file closed by itself.

      System.out.println("  the first 3 lines as a Stream:");
      try (Stream<String> stream = FileLinesGen.stream(file)) {
        stream.limit(3).forEach(line -> System.out.println("  " + line));
        System.out.println("  leaving try-with-resources with the file still open...");
      }
      // Closing the stream closed the generator, which closed the reader it held.

      System.out.println("  a file that does not exist:");
      try {
        for (String line : FileLinesGen.lines(dir.resolve("missing.txt"))) {
          System.out.println("  " + line);
        }
      } catch (Exception e) {
        // The template's IOException comes out of hasNext() unchanged, not wrapped. The factory
        // declares no `throws`, so Java rejects `catch (IOException e)` here: test the type.
        if (!(e instanceof IOException)) {
          throw e;
        }
        System.out.println("  caught " + e.getClass().getSimpleName() + " from the loop");
      }
    } finally {
      Files.deleteIfExists(file);
      Files.delete(dir);
    }
  }

  private static void tree() {
    heading("3. A recursive walk over a tree (Tree.java)");
    Tree<String> project =
        node("statecraft",
            node("annotations", leaf("Generator"), leaf("Async")),
            node("runtime", leaf("Coroutines")),
            leaf("processor"));
    System.out.println("  pre-order: " + String.join(" ", TreeGen.walk(project)));

    // A chain 100,000 levels deep: 100,000 generators, each delegating to the next by yieldAll.
    Tree<Integer> chain = leaf(0);
    for (int i = 1; i < 100_000; i++) {
      chain = node(i, chain);
    }
    long sum = 0;
    for (int value : TreeGen.walk(chain)) {
      sum += value;
    }
    System.out.println("  sum over a chain 100,000 deep: " + sum + " (no StackOverflowError)");
  }

  private static void asyncHttp() throws IOException {
    heading("4. An async HTTP client with await (Client.java)");
    try (PageServer server = PageServer.start()) {
      System.out.println("  server on " + server.uri(""));
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

      List<URI> uris = List.of(server.uri("/hello"), server.uri("/poem"), server.uri("/flaky"));
      // join() only so that main can print; inside templates, futures are awaited instead.
      List<Page> pages = ClientGen.fetchAll(http, uris).orTimeout(10, SECONDS).join();
      for (Page page : pages) {
        System.out.printf("  %s -> \"%s\" (attempt %d)%n", page.path(), page.body(), page.attempts());
      }
      System.out.println("  the server was handling up to " + server.mostInFlight()
          + " of them at the same time");

      System.out.println("  /slow answers after 5 s; the client gives up after "
          + Client.TIMEOUT_MILLIS + " ms per attempt:");
      try {
        ClientGen.fetch(http, server.uri("/slow"), 2).orTimeout(10, SECONDS).join();
      } catch (CompletionException e) {
        System.out.println("  /slow failed with " + e.getCause());
      }
    }
    System.out.println("  server stopped");
  }

  private static void heading(String title) {
    System.out.println();
    System.out.println("== " + title + " ==");
  }
}
