package dev.statecraft.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compile time of {@value #FILES} template files: javac (in-process, {@code javax.tools}) with the
 * Statecraft processor versus plain javac of the same files with {@code -proc:none}, and, to tell
 * the processor's own work from the cost of compiling what it writes, plain javac of the templates
 * plus the generated files (written by one processor run beforehand). The three alternate, after
 * {@value #WARMUP} warm-up rounds, for {@value #ROUNDS} measured rounds; each compile gets a fresh
 * file manager and empty output directories. The processor is found on the class path (this jar)
 * and named with {@code -processor}, as a build tool names it.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.statecraft.benchmarks.CompileTimeMain [dir]}. Prints
 * the raw times and one {@code RESULT} line of medians (ms) and ratios to the plain compile. The
 * sources and class files go to a temporary directory in {@code dir} (default: the system's
 * temporary directory). Creating files costs 0.25 to 0.6 ms each on a busy virtual disk, and the
 * processor compile writes 1,200 files (200 sources, 1,000 class files) against the plain
 * compile's 200, so a directory on tmpfs ({@code /dev/shm}) separates javac's work from the disk's.
 */
public final class CompileTimeMain {
  static final int FILES = 200;
  static final int WARMUP = 2;
  static final int ROUNDS = 7;

  private CompileTimeMain() {}

  /** The three ways of compiling the templates that are timed. */
  enum Mode {
    /** The templates alone, {@code -proc:none}: what the same code costs without Statecraft. */
    PLAIN,
    /** The templates with the processor, which writes and compiles the 200 generated files. */
    PROCESSOR,
    /**
     * The templates plus the generated files written beforehand, {@code -proc:none}: the cost of
     * compiling the generated code itself, without running the processor.
     */
    PLAIN_WITH_GENERATED
  }

  public static void main(String[] args) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path root = args.length > 0
        ? Files.createTempDirectory(Path.of(args[0]), "statecraft-compile-bench")
        : Files.createTempDirectory("statecraft-compile-bench");
    try {
      List<Path> sources = writeTemplates(root.resolve("src"));
      String classPath = System.getProperty("java.class.path");
      compile(javac, root, sources, classPath, Mode.PROCESSOR);
      List<Path> withGenerated = new ArrayList<>(sources);
      withGenerated.addAll(
          copyGenerated(root.resolve("gen-" + Mode.PROCESSOR), root.resolve("pregenerated")));
      Map<Mode, List<Long>> times = new EnumMap<>(Mode.class);
      for (int round = 0; round < WARMUP + ROUNDS; round++) {
        boolean measured = round >= WARMUP;
        StringBuilder line = new StringBuilder(measured ? "measured" : "warm-up")
            .append(" round ").append(round + 1).append(':');
        for (Mode mode : Mode.values()) {
          List<Path> units = mode == Mode.PLAIN_WITH_GENERATED ? withGenerated : sources;
          long t = compile(javac, root, units, classPath, mode);
          line.append(' ').append(mode).append(' ').append(t / 1_000_000).append(" ms");
          if (measured) {
            times.computeIfAbsent(mode, m -> new ArrayList<>()).add(t);
          }
        }
        System.out.println(line);
      }
      StringBuilder result =
          new StringBuilder("RESULT files=" + FILES + " warmup=" + WARMUP + " rounds=" + ROUNDS);
      for (Mode mode : Mode.values()) {
        List<Long> t = times.get(mode);
        String key = mode.name().toLowerCase(Locale.ROOT).replace("_", "");
        result.append(String.format(Locale.ROOT, " %sMs=%.0f %sMinMs=%.0f %sMaxMs=%.0f",
            key, median(t) / 1e6,
            key, t.stream().mapToLong(Long::longValue).min().getAsLong() / 1e6,
            key, t.stream().mapToLong(Long::longValue).max().getAsLong() / 1e6));
      }
      double plain = median(times.get(Mode.PLAIN));
      result.append(String.format(Locale.ROOT, " ratio=%.2f generatedRatio=%.2f",
          median(times.get(Mode.PROCESSOR)) / plain,
          median(times.get(Mode.PLAIN_WITH_GENERATED)) / plain));
      System.out.println(result);
    } finally {
      deleteTree(root);
    }
  }

  private static List<Path> copyGenerated(Path from, Path to) throws IOException {
    List<Path> copies = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(from)) {
      Iterable<Path> files = walk.filter(p -> p.toString().endsWith(".java"))::iterator;
      for (Path file : files) {
        Path copy = to.resolve(from.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
        copies.add(copy);
      }
    }
    return copies;
  }

  private static long compile(
      JavaCompiler javac, Path root, List<Path> sources, String classPath, Mode mode)
      throws IOException {
    Path out = root.resolve("out-" + mode);
    Path generated = root.resolve("gen-" + mode);
    deleteTree(out);
    deleteTree(generated);
    Files.createDirectories(out);
    Files.createDirectories(generated);
    List<String> options = new ArrayList<>(List.of(
        "--release", "17",
        "-classpath", classPath,
        "-d", out.toString(),
        "-s", generated.toString(),
        "-implicit:none",
        "-Xlint:none"));
    if (mode == Mode.PROCESSOR) {
      options.addAll(List.of("-processor", "dev.statecraft.processor.StatecraftProcessor"));
    } else {
      options.add("-proc:none");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    long start = System.nanoTime();
    boolean ok;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      ok = javac.getTask(null, files, diagnostics, options, null, units).call();
    }
    long elapsed = System.nanoTime() - start;
    List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .collect(Collectors.toList());
    if (!ok || !errors.isEmpty()) {
      throw new IllegalStateException("compilation failed (" + mode + "): "
          + errors.stream().limit(5).map(Object::toString).collect(Collectors.joining("\n")));
    }
    if (mode == Mode.PROCESSOR) {
      long generatedFiles;
      try (Stream<Path> walk = Files.walk(generated)) {
        generatedFiles = walk.filter(p -> p.toString().endsWith("Gen.java")).count();
      }
      if (generatedFiles != FILES) {
        throw new IllegalStateException(
            "expected " + FILES + " generated files, found " + generatedFiles);
      }
    }
    return elapsed;
  }

  /** Writes the templates: each file one class with three templates of different shapes. */
  static List<Path> writeTemplates(Path src) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      String pkg = "bench.p" + (i % 10);
      String name = String.format(Locale.ROOT, "Template%03d", i);
      Path dir = src.resolve(pkg.replace('.', '/'));
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".java");
      Files.writeString(file, template(pkg, name, i));
      sources.add(file);
    }
    return sources;
  }

  static String template(String pkg, String name, int i) {
    return String.join("\n",
        "package " + pkg + ";",
        "",
        "import static dev.statecraft.runtime.Coroutines.*;",
        "",
        "import dev.statecraft.Generator;",
        "import java.util.Iterator;",
        "import java.util.List;",
        "import java.util.stream.IntStream;",
        "",
        "class " + name + " {",
        "  @Generator",
        "  static Iterable<Integer> fib(int n) {",
        "    int a = 0, b = 1;",
        "    for (int i = 0; i < n; i++) {",
        "      yieldReturn(a + " + i + ");",
        "      int t = a + b;",
        "      a = b;",
        "      b = t;",
        "    }",
        "    return done();",
        "  }",
        "",
        "  @Generator",
        "  static Iterator<String> words(List<String> lines, int min) {",
        "    int seen = 0;",
        "    for (String line : lines) {",
        "      for (String word : line.split(\" \")) {",
        "        if (word.length() < min) {",
        "          continue;",
        "        }",
        "        try {",
        "          yieldReturn(word.toUpperCase() + seen);",
        "        } finally {",
        "          seen++;",
        "        }",
        "      }",
        "    }",
        "    switch (seen % 3) {",
        "      case 0:",
        "        yieldReturn(\"zero\");",
        "        break;",
        "      case 1:",
        "        yieldAll(List.of(\"one\", \"uno\"));",
        "        break;",
        "      default:",
        "        yieldReturn(\"many\");",
        "    }",
        "    return done();",
        "  }",
        "",
        "  @Generator",
        "  static IntStream evens(int limit) {",
        "    int i = 0;",
        "    while (i < limit) {",
        "      if (i % 2 == 0) {",
        "        yieldReturn(scale(i));",
        "      }",
        "      i++;",
        "    }",
        "    return done();",
        "  }",
        "",
        "  static int scale(int x) {",
        "    return x * " + (i + 1) + ";",
        "  }",
        "}",
        "");
  }

  private static double median(List<Long> values) {
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
