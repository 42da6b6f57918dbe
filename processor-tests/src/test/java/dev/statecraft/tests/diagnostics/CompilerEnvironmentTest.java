package dev.statecraft.tests.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statecraft.tests.diagnostics.Templates.assertNoCrash;
import static dev.statecraft.tests.diagnostics.Templates.assertNothingGenerated;
import static dev.statecraft.tests.diagnostics.Templates.compile;
import static dev.statecraft.tests.diagnostics.Templates.contents;
import static dev.statecraft.tests.diagnostics.Templates.template;

import com.google.testing.compile.Compilation;
import dev.statecraft.processor.StatecraftProcessor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor under a wrapped {@link ProcessingEnvironment}: IntelliJ's build hands processors
 * a {@link Proxy} around javac's environment, which the processor must see through (DESIGN.md,
 * "Coordinates"); a compiler without javac's tree API gets {@code [StatecraftNeedsJavac]} on every
 * template instead of a crash. Both are simulated by a processor that wraps the environment before
 * handing it to {@link StatecraftProcessor}.
 */
class CompilerEnvironmentTest {
  private static final String[] FIB = {
      "class Numbers {",
      "  @Generator",
      "  static Iterable<Integer> fib(int n) {",
      "    int a = 0, b = 1;",
      "    for (int i = 0; i < n; i++) {",
      "      yieldReturn(a);",
      "      int t = a + b; a = b; b = t;",
      "    }",
      "    return done();",
      "  }",
      "}"};

  @Test
  void generatesUnderIntellijStyleProxyWithDelegateField() {
    JavaFileObject file = template("Numbers", FIB);
    Compilation wrapped = compile(
        new WrappingProcessor(env -> proxy(new ForwardingHandler(env))), file);
    assertGeneratesAsUnwrapped(wrapped, file);
  }

  @Test
  void generatesUnderProxyWhoseHandlerCapturesTheEnvironmentAsObject() {
    // IntelliJ's handler is an anonymous class capturing the delegate in a synthetic field
    // (val$delegateTo); here it is declared Object, the loosest type the delegate can have.
    JavaFileObject file = template("Numbers", FIB);
    Compilation wrapped = compile(new WrappingProcessor(env -> {
      Object delegateTo = env;
      return proxy(new InvocationHandler() {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
          return forward(delegateTo, method, args);
        }
      });
    }), file);
    assertGeneratesAsUnwrapped(wrapped, file);
  }

  @Test
  void generatesUnderProxyOfAProxy() {
    JavaFileObject file = template("Numbers", FIB);
    Compilation wrapped = compile(new WrappingProcessor(
        env -> proxy(new ForwardingHandler(proxy(new ForwardingHandler(env))))), file);
    assertGeneratesAsUnwrapped(wrapped, file);
  }

  @Test
  void needsJavacWhenTheTreeApiIsUnavailable() {
    JavaFileObject file = template("Numbers",
        "class Numbers {",
        "  @Generator",
        "  static Iterable<Integer> fib(int n) {",
        "    yieldReturn(n);",
        "    return done();",
        "  }",
        "  @Async",
        "  static CompletableFuture<Integer> total(CompletableFuture<Integer> part) {",
        "    return CompletableFuture.completedFuture(await(part));",
        "  }",
        "}");
    Compilation compilation = compile(
        new WrappingProcessor(env -> proxy(new OpaqueHandler(() -> env))), file);
    assertNoCrash(compilation);
    assertNothingGenerated(compilation);
    assertThat(compilation).failed();
    assertThat(compilation.errors()).hasSize(2);
    assertThat(compilation).hadErrorContaining("[StatecraftNeedsJavac] Statecraft reads method"
        + " bodies through javac's com.sun.source tree API, which this compiler (")
        .inFile(file).onLineContaining("static Iterable<Integer> fib(int n)");
    assertThat(compilation).hadErrorContaining("[StatecraftNeedsJavac]")
        .inFile(file).onLineContaining("static CompletableFuture<Integer> total(");
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertThat(error.getMessage(null)).startsWith("[StatecraftNeedsJavac] ");
      assertThat(error.getMessage(null)).contains("Compile with javac");
      String line = contents(file).split("\n")[(int) error.getLineNumber() - 1];
      String name = line.contains(" fib(") ? "fib" : "total";
      assertThat(error.getColumnNumber()).isEqualTo(line.indexOf(" " + name + "(") + 2);
    }
  }

  /** The wrapped compilation succeeds and writes exactly what an unwrapped one writes. */
  private static void assertGeneratesAsUnwrapped(Compilation wrapped, JavaFileObject file) {
    assertNoCrash(wrapped);
    assertThat(wrapped).succeededWithoutWarnings();
    Compilation plain = compile(file);
    assertThat(plain).succeeded();
    String expected = contents(plain.generatedSourceFile("p.NumbersGen").orElseThrow());
    assertThat(wrapped).generatedSourceFile("p.NumbersGen").contentsAsUtf8String()
        .isEqualTo(expected);
  }

  private static ProcessingEnvironment proxy(InvocationHandler handler) {
    return (ProcessingEnvironment) Proxy.newProxyInstance(
        CompilerEnvironmentTest.class.getClassLoader(),
        new Class<?>[] {ProcessingEnvironment.class}, handler);
  }

  private static Object forward(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Like IntelliJ's: forwards every call to the environment it holds in a field. */
  private static final class ForwardingHandler implements InvocationHandler {
    private final ProcessingEnvironment delegate;

    ForwardingHandler(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      return forward(delegate, method, args);
    }
  }

  /**
   * Forwards every call, but keeps the environment where no unwrapping finds it (behind a
   * {@link Supplier}), as a compiler whose environment is not javac's would look.
   */
  private static final class OpaqueHandler implements InvocationHandler {
    private final Supplier<ProcessingEnvironment> environment;

    OpaqueHandler(Supplier<ProcessingEnvironment> environment) {
      this.environment = environment;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      return forward(environment.get(), method, args);
    }
  }

  /** Hands {@link StatecraftProcessor} a wrapped environment; delegates everything else. */
  private static final class WrappingProcessor implements Processor {
    private final StatecraftProcessor delegate = new StatecraftProcessor();
    private final Function<ProcessingEnvironment, ProcessingEnvironment> wrap;

    WrappingProcessor(Function<ProcessingEnvironment, ProcessingEnvironment> wrap) {
      this.wrap = wrap;
    }

    @Override
    public void init(ProcessingEnvironment environment) {
      delegate.init(wrap.apply(environment));
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element,
        AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }
}
