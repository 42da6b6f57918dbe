package dev.statecraft.tests.differential;

import javax.tools.JavaFileObject;
import com.google.testing.compile.JavaFileObjects;

/**
 * The source of the reference side's replacement for {@code dev.statecraft.runtime.Coroutines}:
 * the same package, class and public signatures, but each marker hands over to the reference
 * driver installed on the current thread (a {@code BiFunction<String, Object, Object>} taking the
 * marker's name and argument), so the template body runs as ordinary Java.
 *
 * <ul>
 *   <li>{@code yieldReturn(v)} calls the driver with {@code ("yieldReturn", v)};
 *   <li>{@code yieldAll(source)} iterates the source on the template's own thread and hands each
 *       element over as a {@code yieldReturn}; a {@code Stream} source is closed afterwards, also
 *       when iterating it fails; closing the generator during a {@code yieldAll} closes an
 *       {@code AutoCloseable} source first;
 *   <li>{@code referenceFactory(template, args)} stands for a generated factory
 *       ({@code RGen.gen(...)} in the reference compilation is a stand-in calling it), so that
 *       templates can delegate to generators ({@code yieldAll(RGen.gen(n - 1, log))});
 *   <li>{@code done()} tells the driver and returns {@code null}: {@code return done();} then
 *       returns from the template method, which the driver sees as the end of the sequence;
 *   <li>{@code await(stage)} calls the driver with {@code ("await", stage)}, which blocks and
 *       returns the value or throws the unwrapped failure.
 * </ul>
 *
 * <p>Only JDK types cross between the reference class loader and the test, so the replacement
 * compiles without the test classes on its class path. {@link ReferenceSelfTest} checks that its
 * public signatures equal the real class's.
 */
final class FakeCoroutines {
  static final String CLASS_NAME = "dev.statecraft.runtime.Coroutines";

  private FakeCoroutines() {}

  static JavaFileObject source() {
    return JavaFileObjects.forSourceString(CLASS_NAME, SOURCE);
  }

  private static final String SOURCE = String.join("\n",
      "package dev.statecraft.runtime;",
      "",
      "import java.util.Iterator;",
      "import java.util.concurrent.CompletionStage;",
      "import java.util.function.BiFunction;",
      "import java.util.stream.BaseStream;",
      "import java.util.stream.DoubleStream;",
      "import java.util.stream.IntStream;",
      "import java.util.stream.LongStream;",
      "import java.util.stream.Stream;",
      "",
      "/** Test-only replacement: markers hand over to a reference driver. */",
      "public final class Coroutines {",
      "  private Coroutines() {}",
      "",
      "  private static final ThreadLocal<BiFunction<String, Object, Object>> DRIVER =",
      "      new ThreadLocal<>();",
      "",
      "  /** Installs the reference driver of the current thread (null removes it). */",
      "  public static void installReferenceDriver(BiFunction<String, Object, Object> driver) {",
      "    if (driver == null) DRIVER.remove(); else DRIVER.set(driver);",
      "  }",
      "",
      "  private static Object call(String marker, Object argument) {",
      "    BiFunction<String, Object, Object> driver = DRIVER.get();",
      "    if (driver == null) {",
      "      throw new IllegalStateException(\"reference marker \" + marker",
      "          + \" called on a thread without a reference driver\");",
      "    }",
      "    return driver.apply(marker, argument);",
      "  }",
      "",
      "  private static volatile BiFunction<String, Object[], Object> FACTORY;",
      "",
      "  /** Installs what reference factories call (the test's reference generator). */",
      "  public static void installReferenceFactory(BiFunction<String, Object[], Object> f) {",
      "    FACTORY = f;",
      "  }",
      "",
      "  /** Called by reference stand-ins for generated factories ({@code XGen.m(args)}). */",
      "  public static Object referenceFactory(String template, Object[] args) {",
      "    return FACTORY.apply(template, args);",
      "  }",
      "",
      "  public static <T> void yieldReturn(T value) {",
      "    call(\"yieldReturn\", value);",
      "  }",
      "",
      "  public static void yieldAll(Iterable<?> source) {",
      "    yieldAll(source.iterator());",
      "  }",
      "",
      "  public static void yieldAll(Iterator<?> source) {",
      "    if (source == null) throw new NullPointerException(\"yieldAll source is null\");",
      "    while (source.hasNext()) {",
      "      Object element = source.next();",
      "      try {",
      "        call(\"yieldReturn\", element);",
      "      } catch (Throwable closing) {",
      "        // Only a close comes out of a handoff: close the delegate first, as DESIGN says.",
      "        if (source instanceof AutoCloseable) {",
      "          try {",
      "            ((AutoCloseable) source).close();",
      "          } catch (Throwable t) {",
      "            throw sneaky(t);",
      "          }",
      "        }",
      "        throw closing;",
      "      }",
      "    }",
      "  }",
      "",
      "  public static void yieldAll(Stream<?> source) {",
      "    if (source == null) throw new NullPointerException(\"yieldAll source is null\");",
      "    try (Stream<?> stream = source) {",
      "      yieldAll(stream.iterator());",
      "    }",
      "  }",
      "",
      "  public static void yieldAll(IntStream source) {",
      "    drainAndClose(source);",
      "  }",
      "",
      "  public static void yieldAll(LongStream source) {",
      "    drainAndClose(source);",
      "  }",
      "",
      "  public static void yieldAll(DoubleStream source) {",
      "    drainAndClose(source);",
      "  }",
      "",
      "  /** A primitive stream's elements are handed over boxed: the driver converts numbers. */",
      "  private static void drainAndClose(BaseStream<?, ?> source) {",
      "    if (source == null) throw new NullPointerException(\"yieldAll source is null\");",
      "    try (BaseStream<?, ?> stream = source) {",
      "      yieldAll(stream.iterator());",
      "    }",
      "  }",
      "",
      "  @SuppressWarnings(\"unchecked\")",
      "  private static <X extends Throwable> RuntimeException sneaky(Throwable t) throws X {",
      "    throw (X) t;",
      "  }",
      "",
      "  public static <R> R done() {",
      "    call(\"done\", null);",
      "    return null;",
      "  }",
      "",
      "  @SuppressWarnings(\"unchecked\")",
      "  public static <T> T await(CompletionStage<T> stage) {",
      "    return (T) call(\"await\", stage);",
      "  }",
      "",
      "  public static void close(Iterator<?> iterator) {",
      "    if (iterator instanceof AutoCloseable) {",
      "      try {",
      "        ((AutoCloseable) iterator).close();",
      "      } catch (RuntimeException | Error e) {",
      "        throw e;",
      "      } catch (Exception e) {",
      "        throw new RuntimeException(e);",
      "      }",
      "    }",
      "  }",
      "}",
      "");
}
