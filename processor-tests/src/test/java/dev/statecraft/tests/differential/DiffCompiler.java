package dev.statecraft.tests.differential;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.statecraft.Generator;
import dev.statecraft.runtime.Coroutines;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles templates for both sides of the differential test, in memory.
 *
 * <ul>
 *   <li>{@link #reference}: the templates plus {@link FakeCoroutines} and no processor, against
 *       the annotations only, so the markers in the bodies bind to the replacement.
 *   <li>{@link #withProcessor}: the templates with {@code StatecraftProcessor}, against the
 *       annotations and the real runtime, exactly as a user's build would compile them.
 * </ul>
 *
 * The processor is instantiated reflectively, so that the reference side (and its self-test)
 * compiles and runs even while the processor does not exist yet.
 */
final class DiffCompiler {
  static final String PROCESSOR_CLASS = "dev.statecraft.processor.StatecraftProcessor";

  private DiffCompiler() {}

  /** The outcome of one in-memory compilation. */
  static final class Compiled {
    final Compilation compilation;
    /** The exception {@code javac} (or the processor, through it) threw, or null. */
    final Throwable crash;
    /** The loader the compiled classes link against (the runtime for generated code). */
    private final ClassLoader parent;
    private ClassLoader loader;

    Compiled(Compilation compilation, Throwable crash, ClassLoader parent) {
      this.compilation = compilation;
      this.crash = crash;
      this.parent = parent;
    }

    boolean succeeded() {
      return crash == null && compilation.status() == Compilation.Status.SUCCESS;
    }

    /** A child-first loader over every class file the compilation wrote. */
    synchronized ClassLoader loader() {
      if (loader == null) {
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
          if (file.getKind() == JavaFileObject.Kind.CLASS) {
            classes.put(binaryName(file), bytes(file));
          }
        }
        loader = new MemoryClassLoader(classes, parent);
      }
      return loader;
    }

    /** The simple file names (e.g. {@code P12.java}) that have an error diagnostic. */
    Set<String> filesWithErrors() {
      Set<String> files = new LinkedHashSet<>();
      if (compilation != null) {
        for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
          files.add(d.getSource() == null ? "<none>" : simpleFileName(d.getSource()));
        }
      }
      return files;
    }

    /** Every diagnostic, or the crash, readably. */
    String diagnostics() {
      StringBuilder sb = new StringBuilder();
      if (crash != null) {
        sb.append("compiler crashed: ").append(stackTrace(crash)).append('\n');
      }
      if (compilation != null) {
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
          if (d.getKind() == Diagnostic.Kind.NOTE) {
            continue;
          }
          sb.append(d.getKind()).append(' ')
              .append(d.getSource() == null ? "" : simpleFileName(d.getSource()))
              .append(':').append(d.getLineNumber()).append(": ")
              .append(trimmed(d.getMessage(Locale.ROOT))).append('\n');
        }
      }
      return sb.toString();
    }

    /** The diagnostics about one file, {@code P12.java}, including its generated sibling. */
    String diagnosticsFor(String simpleFileName) {
      StringBuilder sb = new StringBuilder();
      String base = simpleFileName.replace(".java", "");
      for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
        if (d.getKind() == Diagnostic.Kind.NOTE || d.getSource() == null) {
          continue;
        }
        String file = simpleFileName(d.getSource());
        if (file.equals(simpleFileName) || file.equals(base + "Gen.java")) {
          sb.append(d.getKind()).append(' ').append(file).append(':')
              .append(d.getLineNumber()).append(": ").append(trimmed(d.getMessage(Locale.ROOT)))
              .append('\n');
        }
      }
      return sb.toString();
    }

    /**
     * The source the processor generated for {@code qualifiedName}, or null; also after a failed
     * compilation (where compile-testing refuses {@code generatedFiles()}, so the report reads its
     * field: the generated source is what the lead needs to see then).
     */
    @SuppressWarnings("unchecked")
    String generatedSource(String qualifiedName) {
      if (compilation == null) {
        return null;
      }
      List<JavaFileObject> files;
      try {
        java.lang.reflect.Field field = Compilation.class.getDeclaredField("generatedFiles");
        field.setAccessible(true);
        files = (List<JavaFileObject>) field.get(compilation);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
      String suffix = qualifiedName.replace('.', '/') + ".java";
      for (JavaFileObject file : files) {
        if (file.getKind() == JavaFileObject.Kind.SOURCE && file.toUri().getPath().endsWith(suffix)) {
          return contents(file);
        }
      }
      return null;
    }
  }

  /** A message with at most a dozen stack frames (processor internal errors carry a trace). */
  static String trimmed(String message) {
    String[] lines = message.split("\n");
    StringBuilder sb = new StringBuilder();
    int frames = 0;
    for (String line : lines) {
      if (line.trim().startsWith("at ") && ++frames > 12) {
        sb.append("  \t... ").append(lines.length - frames + 1).append(" more lines\n");
        break;
      }
      sb.append(line).append('\n');
    }
    return sb.toString().trim();
  }

  static Compiled reference(List<JavaFileObject> templates) {
    List<JavaFileObject> sources = new ArrayList<>(templates);
    sources.add(FakeCoroutines.source());
    return compile(Compiler.javac().withClasspath(List.of(location(Generator.class))), sources,
        DiffCompiler.class.getClassLoader());
  }

  static Compiled withProcessor(List<JavaFileObject> templates) {
    Compiler javac = Compiler.javac()
        .withProcessors(newProcessor())
        .withClasspath(List.of(location(Generator.class), location(Coroutines.class)));
    return compile(javac, templates, runtimeLoader());
  }

  private static ClassLoader runtimeLoader;

  /**
   * The runtime (and annotations) for generated code, loaded from the same snapshot javac
   * compiled against: a concurrent {@code mvn install} rewriting the jar in the local repository
   * must not break classes loaded later in the run.
   */
  private static synchronized ClassLoader runtimeLoader() {
    if (runtimeLoader == null) {
      try {
        runtimeLoader = new java.net.URLClassLoader(new java.net.URL[] {
            location(Coroutines.class).toURI().toURL(), location(Generator.class).toURI().toURL()},
            ClassLoader.getPlatformClassLoader());
      } catch (java.net.MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
    return runtimeLoader;
  }

  static boolean processorAvailable() {
    try {
      Class.forName(PROCESSOR_CLASS, false, DiffCompiler.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static ClassLoader processorLoader;

  private static Processor newProcessor() {
    try {
      return (Processor) Class.forName(PROCESSOR_CLASS, true, processorLoader())
          .getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate " + PROCESSOR_CLASS, e);
    }
  }

  /**
   * The processor, loaded from a snapshot of its jar (it shades its dependencies): a concurrent
   * {@code mvn install} rewriting the jar must not break classes the processor loads later.
   */
  private static synchronized ClassLoader processorLoader() throws ClassNotFoundException {
    if (processorLoader == null) {
      Class<?> type = Class.forName(PROCESSOR_CLASS, false, DiffCompiler.class.getClassLoader());
      File location = location(type);
      if (location.isFile()) {
        try {
          // Child-first for the processor's own packages; javac's API (jdk.compiler, defined to
          // the application class loader) comes from the parent, shared with javac.
          processorLoader = new java.net.URLClassLoader(
              new java.net.URL[] {location.toURI().toURL()}, DiffCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve)
                throws ClassNotFoundException {
              if (!name.startsWith("dev.statecraft.processor.")) {
                return super.loadClass(name, resolve);
              }
              synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                  c = findClass(name);
                }
                if (resolve) {
                  resolveClass(c);
                }
                return c;
              }
            }
          };
        } catch (java.net.MalformedURLException e) {
          throw new IllegalStateException(e);
        }
      } else {
        processorLoader = DiffCompiler.class.getClassLoader();
      }
    }
    return processorLoader;
  }

  private static Compiled compile(Compiler javac, List<JavaFileObject> sources,
      ClassLoader parent) {
    Compiler withOptions = javac.withOptions(
        "-Xlint:-options", "-Xdiags:verbose");
    try {
      return new Compiled(withOptions.compile(sources), null, parent);
    } catch (RuntimeException | Error e) {
      return new Compiled(null, e, parent);
    }
  }

  private static final java.util.Map<Class<?>, File> SNAPSHOTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Where {@code type} was loaded from; a jar is copied once per test run, so that javac never
   * reads a jar that a concurrent {@code mvn install} is rewriting.
   */
  private static File location(Class<?> type) {
    return SNAPSHOTS.computeIfAbsent(type, t -> {
      try {
        File file = new File(t.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!file.isFile()) {
          return file;
        }
        java.nio.file.Path copy = java.nio.file.Files.createTempFile("statecraft-", ".jar");
        copy.toFile().deleteOnExit();
        java.nio.file.Files.copy(file.toPath(), copy,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return copy.toFile();
      } catch (URISyntaxException | IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static String binaryName(JavaFileObject classFile) {
    // compile-testing names its in-memory files mem:///CLASS_OUTPUT/p/Outer$Inner.class
    String path = classFile.toUri().getPath();
    String prefix = "/CLASS_OUTPUT/";
    int start = path.indexOf(prefix);
    String relative = start >= 0 ? path.substring(start + prefix.length()) : path.substring(1);
    return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
  }

  private static String simpleFileName(JavaFileObject file) {
    String path = file.toUri().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String contents(JavaFileObject file) {
    return new String(bytes(file), UTF_8);
  }

  static String stackTrace(Throwable t) {
    java.io.StringWriter out = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
