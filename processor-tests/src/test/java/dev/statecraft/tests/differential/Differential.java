package dev.statecraft.tests.differential;

import com.google.testing.compile.JavaFileObjects;
import dev.statecraft.tests.differential.DiffCompiler.Compiled;
import dev.statecraft.tests.differential.TemplateCase.AsyncRun;
import dev.statecraft.tests.differential.TemplateCase.AsyncStep;
import dev.statecraft.tests.differential.TemplateCase.GeneratorRun;
import dev.statecraft.tests.differential.TemplateCase.RunContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.tools.JavaFileObject;

/**
 * Runs template cases on both sides and compares their traces: the reference side (the template
 * body itself, markers handing over to {@link ReferenceGenerator}/{@link ReferenceAsync}) and the
 * generated side (the factory the processor wrote). All templates of a batch are compiled together,
 * once per side.
 */
final class Differential {
  /** A generated run that takes longer than this is reported as stuck. */
  static final long GENERATED_TIMEOUT_SECONDS = 20;

  /** The outcome of one batch. */
  static final class Outcome {
    final List<String> failures = new ArrayList<>();
    /** Files the reference compile rejected (a test bug, or a random program javac rejects). */
    final Map<String, String> referenceRejected = new LinkedHashMap<>();
    int comparedRuns;
    boolean generatedSideRan;
    long referenceCompileNanos;
    long processorCompileNanos;
    long referenceRunNanos;
    long generatedRunNanos;
  }

  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "differential generated side");
    t.setDaemon(true);
    return t;
  });
  private int stuck;

  /**
   * Compiles {@code sources} (file name, e.g. {@code hand/Loops.java} → text) on both sides and
   * compares every run of every case. With {@code referenceOnly}, or while the processor does not
   * exist, only the reference side runs (its traces are returned for self-tests).
   */
  Outcome run(Map<String, String> sources, List<TemplateCase> cases, boolean referenceOnly) {
    Outcome outcome = new Outcome();
    List<JavaFileObject> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      String qualified = source.getKey().replace(".java", "").replace('/', '.');
      files.add(JavaFileObjects.forSourceString(qualified, source.getValue()));
    }

    long t0 = System.nanoTime();
    Compiled reference = DiffCompiler.reference(files);
    if (!reference.succeeded()) {
      // Compile each file alone to tell which ones javac rejects.
      for (JavaFileObject file : files) {
        Compiled alone = DiffCompiler.reference(List.of(file));
        if (!alone.succeeded()) {
          outcome.referenceRejected.put(simpleName(file), alone.diagnostics());
        }
      }
      if (outcome.referenceRejected.isEmpty()) {
        throw new AssertionError("reference compilation failed:\n" + reference.diagnostics());
      }
      List<JavaFileObject> accepted = new ArrayList<>();
      for (JavaFileObject file : files) {
        if (!outcome.referenceRejected.containsKey(simpleName(file))) {
          accepted.add(file);
        }
      }
      files = accepted;
      reference = DiffCompiler.reference(files);
      if (!reference.succeeded()) {
        throw new AssertionError("reference compilation failed:\n" + reference.diagnostics());
      }
    }

    long t1 = System.nanoTime();
    outcome.referenceCompileNanos += t1 - t0;
    Compiled generated = null;
    Map<String, String> compileFailures = new LinkedHashMap<>();
    if (!referenceOnly && DiffCompiler.processorAvailable() && !files.isEmpty()) {
      outcome.generatedSideRan = true;
      generated = DiffCompiler.withProcessor(files);
      if (!generated.succeeded()) {
        // Tell which templates the processor cannot compile, then compile the others together.
        List<JavaFileObject> good = new ArrayList<>();
        for (JavaFileObject file : files) {
          Compiled alone = DiffCompiler.withProcessor(List.of(file));
          if (alone.succeeded()) {
            good.add(file);
          } else {
            compileFailures.put(simpleName(file), alone.diagnostics());
          }
        }
        generated = good.isEmpty() ? null : DiffCompiler.withProcessor(good);
        if (generated != null && !generated.succeeded()) {
          for (JavaFileObject file : good) {
            compileFailures.put(simpleName(file), "compiles alone, not together with the others:\n"
                + generated.diagnostics());
          }
          generated = null;
        }
      }
    }

    outcome.processorCompileNanos += System.nanoTime() - t1;
    for (TemplateCase c : cases) {
      String file = c.simpleClassName() + ".java";
      if (outcome.referenceRejected.containsKey(file)) {
        continue;
      }
      if (compileFailures.containsKey(file)) {
        outcome.failures.add(report(c, "the processor compilation failed", null, null, null,
            compileFailures.get(file)));
        continue;
      }
      runCase(c, reference, generated, outcome);
    }
    return outcome;
  }

  void shutdown() {
    worker.shutdownNow();
  }

  private void runCase(TemplateCase c, Compiled reference, Compiled generated, Outcome outcome) {
    ReferenceTemplate template;
    try {
      template = ReferenceTemplate.load(reference.loader(), c.className, c.methodName);
    } catch (LinkageError | IllegalStateException e) {
      // e.g. a VerifyError: javac itself compiled the template to broken bytecode.
      outcome.referenceRejected.put(c.simpleClassName() + ".java",
          "the reference class does not load (a javac bug?): " + e);
      return;
    }
    Method factory = null;
    if (generated != null) {
      try {
        Class<?> gen = Class.forName(c.generatedClassName(), true, generated.loader());
        factory = findFactory(gen, c.methodName);
      } catch (Throwable t) {
        outcome.failures.add(report(c, "cannot load the generated factory", null, null, null,
            DiffCompiler.stackTrace(t) + generatedSource(c, generated)));
        return;
      }
    }
    boolean iterable = template.method.getReturnType() == Iterable.class;
    for (GeneratorRun run : c.generatorRuns) {
      if (run.mode().needsIterable() && !iterable) {
        continue;
      }
      long t0 = System.nanoTime();
      List<String> ref = referenceGenerator(template, run, reference.loader());
      long t1 = System.nanoTime();
      outcome.referenceRunNanos += t1 - t0;
      dump(c, run.toString(), ref);
      if (factory == null) {
        continue;
      }
      List<String> gen = generatedGenerator(factory, run, generated.loader());
      outcome.generatedRunNanos += System.nanoTime() - t1;
      compare(c, run.toString(), ref, gen, generated, outcome);
    }
    for (AsyncRun run : c.asyncRuns) {
      List<String> ref = referenceAsync(template, run, reference.loader());
      dump(c, run.toString(), ref);
      if (factory == null) {
        continue;
      }
      List<String> gen = generatedAsync(factory, run, generated.loader());
      compare(c, run.toString(), ref, gen, generated, outcome);
    }
  }

  /** With {@code -Dstatecraft.dump=<case name part>}, prints matching reference traces. */
  private static void dump(TemplateCase c, String run, List<String> ref) {
    String filter = System.getProperty("statecraft.dump");
    if (filter != null && (c.name + " " + run).contains(filter)) {
      System.out.println("--- reference trace of " + c.name + " " + run + "\n"
          + Trace.format(ref));
    }
  }

  private void compare(TemplateCase c, String run, List<String> ref, List<String> gen,
      Compiled generated, Outcome outcome) {
    outcome.comparedRuns++;
    if (!ref.equals(gen)) {
      outcome.failures.add(report(c, "traces differ in run " + run, ref, gen,
          generatedSource(c, generated), null));
    }
  }

  // ------------------------------------------------------------------ reference side

  /** The reference trace of one generator run (also used by the self-test). */
  static List<String> referenceGenerator(ReferenceTemplate template, GeneratorRun run,
      ClassLoader loader) {
    Trace trace = new Trace();
    RunContext ctx = new RunContext(trace, loader);
    try {
      Object[] args = run.args().apply(ctx);
      Object result = ReferenceGenerator.asDeclared(template, args);
      trace.add("factory returned");
      run.mode().consume(result, trace);
    } catch (Trace.TraceOverflow o) {
      // recorded
    }
    return trace.events();
  }

  static List<String> referenceAsync(ReferenceTemplate template, AsyncRun run,
      ClassLoader loader) {
    Trace trace = new Trace();
    RunContext ctx = new RunContext(trace, loader);
    Object[] args = run.args().apply(ctx);
    ReferenceAsync async = ReferenceAsync.start(template, args);
    trace.add("factory returned");
    recordResult(async.result(), trace);
    for (AsyncStep step : run.steps()) {
      trace.add("step: " + step.description());
      step.action().accept(ctx);
      async.settle();
    }
    recordPending(async.result(), trace);
    return trace.events();
  }

  // ------------------------------------------------------------------ generated side

  private List<String> generatedGenerator(Method factory, GeneratorRun run, ClassLoader loader) {
    return onWorker(() -> {
      Trace trace = new Trace();
      RunContext ctx = new RunContext(trace, loader);
      try {
        Object[] args = run.args().apply(ctx);
        Object result;
        try {
          result = factory.invoke(null, args);
        } catch (InvocationTargetException e) {
          trace.add("factory threw " + Trace.exception(e.getCause()));
          return trace.events();
        }
        trace.add("factory returned");
        run.mode().consume(result, trace);
      } catch (Trace.TraceOverflow o) {
        // recorded
      }
      return trace.events();
    });
  }

  private List<String> generatedAsync(Method factory, AsyncRun run, ClassLoader loader) {
    return onWorker(() -> {
      Trace trace = new Trace();
      RunContext ctx = new RunContext(trace, loader);
      Object[] args = run.args().apply(ctx);
      Object result;
      try {
        result = factory.invoke(null, args);
      } catch (InvocationTargetException e) {
        trace.add("factory threw " + Trace.exception(e.getCause()));
        return trace.events();
      }
      trace.add("factory returned");
      CompletionStage<?> stage = (CompletionStage<?>) result;
      recordResult(stage, trace);
      for (AsyncStep step : run.steps()) {
        trace.add("step: " + step.description());
        step.action().accept(ctx);
      }
      recordPending(stage, trace);
      return trace.events();
    });
  }

  private static void recordResult(CompletionStage<?> result, Trace trace) {
    if (result == null) {
      trace.add("factory returned null");
      return;
    }
    result.whenComplete((value, failure) -> trace.add(failure == null
        ? "result " + Trace.element(value)
        : "failed " + Trace.exception(failure)));
  }

  private static void recordPending(CompletionStage<?> result, Trace trace) {
    if (result != null && !result.toCompletableFuture().isDone()) {
      trace.add("result still pending");
    }
  }

  private interface TraceTask {
    List<String> run() throws Exception;
  }

  private List<String> onWorker(TraceTask task) {
    if (stuck > 0) {
      return List.of("!skipped: an earlier generated run is stuck on the worker thread");
    }
    Future<List<String>> f = worker.submit(task::run);
    try {
      return f.get(GENERATED_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      stuck++;
      f.cancel(true);
      return List.of("!timeout: the generated run took more than " + GENERATED_TIMEOUT_SECONDS
          + " s (a loop that never yields?)");
    } catch (ExecutionException e) {
      return List.of("!test harness failure: " + DiffCompiler.stackTrace(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Method findFactory(Class<?> gen, String name) {
    Method found = null;
    for (Method m : gen.getDeclaredMethods()) {
      if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
          && !Modifier.isPrivate(m.getModifiers())) {
        if (found != null) {
          throw new IllegalStateException("two factories named " + name + " in " + gen.getName());
        }
        found = m;
      }
    }
    if (found == null) {
      throw new IllegalStateException("no factory " + name + " in " + gen.getName());
    }
    found.setAccessible(true);
    return found;
  }

  // ------------------------------------------------------------------ reports

  private static String generatedSource(TemplateCase c, Compiled generated) {
    if (generated == null) {
      return null;
    }
    String source = generated.generatedSource(c.generatedClassName());
    return source == null ? "(no generated source for " + c.generatedClassName() + ")" : source;
  }

  static String report(TemplateCase c, String what, List<String> ref, List<String> gen,
      String generatedSource, String details) {
    StringBuilder sb = new StringBuilder();
    sb.append("=== ").append(c.name).append(": ").append(what).append('\n');
    if (ref != null) {
      sb.append(sideBySide(ref, gen));
    }
    if (details != null) {
      sb.append("--- details\n").append(details).append('\n');
    }
    sb.append("--- template ").append(c.className).append('.').append(c.methodName).append('\n');
    sb.append(numbered(c.source));
    if (generatedSource != null) {
      sb.append("--- generated source\n").append(numbered(generatedSource));
    }
    return sb.toString();
  }

  /** Both traces next to each other, the first differing event marked. */
  static String sideBySide(List<String> ref, List<String> gen) {
    int first = 0;
    while (first < ref.size() && first < gen.size() && ref.get(first).equals(gen.get(first))) {
      first++;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("--- traces (first difference at event ").append(first).append(")\n");
    sb.append(String.format("      %-50s | %s%n", "reference", "generated"));
    int rows = Math.max(ref.size(), gen.size());
    int from = Math.max(0, first - 30);
    int to = Math.min(rows, first + 20);
    if (from > 0) {
      sb.append("      ... ").append(from).append(" equal events\n");
    }
    for (int i = from; i < to; i++) {
      String r = i < ref.size() ? ref.get(i) : "";
      String g = i < gen.size() ? gen.get(i) : "";
      sb.append(String.format("%s%4d %-50s | %s%n", i == first ? ">" : " ", i, r, g));
    }
    if (to < rows) {
      sb.append("      ... ").append(rows - to).append(" more events\n");
    }
    return sb.toString();
  }

  static String numbered(String source) {
    StringBuilder sb = new StringBuilder();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      sb.append(String.format("%4d  %s%n", i + 1, lines[i]));
    }
    return sb.toString();
  }

  private static String simpleName(JavaFileObject file) {
    String path = file.toUri().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
