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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
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
    /** Case name → what kind of failure (for the shrinker, which must keep it while shrinking). */
    final Map<String, String> signatures = new LinkedHashMap<>();
    /** Files the reference compile rejected (a test bug, or a random program javac rejects). */
    final Map<String, String> referenceRejected = new LinkedHashMap<>();
    int comparedRuns;
    boolean generatedSideRan;
    long referenceCompileNanos;
    long processorCompileNanos;
    long referenceRunNanos;
    long generatedRunNanos;
  }

  /** Runs the processor compilation beside the reference one. */
  private static final ExecutorService COMPILERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "differential compiler");
    t.setDaemon(true);
    return t;
  });

  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "differential generated side");
    t.setDaemon(true);
    return t;
  });
  private int stuck;

  /** Both compilations of a batch, ready to run. */
  static final class Prepared {
    final Outcome outcome = new Outcome();
    Compiled reference;
    Compiled generated;
    /** Template files the processor cannot compile (simple file name → diagnostics). */
    final Map<String, String> compileFailures = new LinkedHashMap<>();
  }

  /**
   * Compiles {@code sources} (file name, e.g. {@code hand/Loops.java} → text) on both sides and
   * compares every run of every case. With {@code referenceOnly}, or while the processor does not
   * exist, only the reference side runs.
   */
  Outcome run(Map<String, String> sources, List<TemplateCase> cases, boolean referenceOnly) {
    return execute(prepare(sources, referenceOnly), cases);
  }

  /** As {@link #run}, with reference-only stand-ins of generated factories. */
  Outcome run(Map<String, String> sources, Map<String, String> referenceExtras,
      List<TemplateCase> cases, boolean referenceOnly) {
    return execute(prepare(sources, referenceExtras, referenceOnly), cases);
  }

  /**
   * Compiles a batch for both sides (the two compilations run in parallel). Thread-safe, so the
   * next batch can compile while this one runs.
   */
  static Prepared prepare(Map<String, String> sources, boolean referenceOnly) {
    return prepare(sources, Map.of(), referenceOnly);
  }

  /**
   * As {@link #prepare(Map, boolean)}, with {@code referenceExtras}: sources only the reference
   * compilation gets, the stand-ins of generated factories that templates call.
   */
  static Prepared prepare(Map<String, String> sources, Map<String, String> referenceExtras,
      boolean referenceOnly) {
    Prepared p = new Prepared();
    Outcome outcome = p.outcome;
    List<JavaFileObject> all = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      String qualified = source.getKey().replace(".java", "").replace('/', '.');
      all.add(JavaFileObjects.forSourceString(qualified, source.getValue()));
    }
    boolean withProcessor = !referenceOnly && DiffCompiler.processorAvailable() && !all.isEmpty();
    long t0 = System.nanoTime();
    CompletableFuture<Compiled> generatedAll = withProcessor
        ? CompletableFuture.supplyAsync(() -> DiffCompiler.withProcessor(all), COMPILERS)
        : null;

    List<JavaFileObject> extras = new ArrayList<>();
    for (Map.Entry<String, String> source : referenceExtras.entrySet()) {
      String qualified = source.getKey().replace(".java", "").replace('/', '.');
      extras.add(JavaFileObjects.forSourceString(qualified, source.getValue()));
    }
    Function<List<JavaFileObject>, Compiled> referenceCompile = some -> {
      List<JavaFileObject> withExtras = new ArrayList<>(some);
      for (JavaFileObject file : some) {
        withExtras.addAll(extrasFor(file, extras));
      }
      return DiffCompiler.reference(withExtras);
    };
    List<JavaFileObject> files = new ArrayList<>(all);
    Compiled reference = isolate(files, referenceCompile, referenceCompile.apply(files),
        outcome.referenceRejected);
    p.reference = reference;
    if (reference == null) {
      return p; // javac rejects every template: the outcome says which and why
    }
    ReferenceTemplate.installFactory(reference.loader());
    long t1 = System.nanoTime();
    outcome.referenceCompileNanos += t1 - t0;

    if (withProcessor && !files.isEmpty()) {
      outcome.generatedSideRan = true;
      Compiled first = files.size() == all.size() ? generatedAll.join()
          : DiffCompiler.withProcessor(files);
      p.generated = isolate(files, DiffCompiler::withProcessor, first, p.compileFailures);
    }
    outcome.processorCompileNanos += System.nanoTime() - t1;
    return p;
  }

  /**
   * Given the compilation {@code first} of {@code files}, removes from {@code files} (and records
   * in {@code failures}, by simple file name) the templates that do not compile, and returns a
   * successful compilation of the rest (null if none is left). Errors are blamed on templates by
   * their file ({@code R12Gen.java} blames {@code R12.java}); when that is impossible (a crash),
   * each file is compiled alone.
   */
  private static Compiled isolate(List<JavaFileObject> files,
      Function<List<JavaFileObject>, Compiled> compile, Compiled first,
      Map<String, String> failures) {
    Compiled c = first;
    for (int attempt = 0; attempt < 3 && !c.succeeded(); attempt++) {
      Set<String> blamed = blame(c, files);
      if (blamed == null || blamed.isEmpty()) {
        break;
      }
      for (java.util.Iterator<JavaFileObject> it = files.iterator(); it.hasNext(); ) {
        JavaFileObject file = it.next();
        String name = simpleName(file);
        if (blamed.contains(name)) {
          failures.put(name, c.diagnosticsFor(name) + generatedSourceOf(c, file));
          it.remove();
        }
      }
      if (files.isEmpty()) {
        return null;
      }
      c = compile.apply(files);
    }
    if (c.succeeded()) {
      return c;
    }
    List<JavaFileObject> good = new ArrayList<>();
    for (JavaFileObject file : files) {
      Compiled alone = compile.apply(List.of(file));
      if (alone.succeeded()) {
        good.add(file);
      } else {
        failures.put(simpleName(file), alone.diagnostics() + generatedSourceOf(alone, file));
      }
    }
    files.retainAll(good);
    if (good.isEmpty()) {
      return null;
    }
    c = compile.apply(good);
    if (!c.succeeded()) {
      for (JavaFileObject file : good) {
        failures.put(simpleName(file), "compiles alone, not together with the others:\n"
            + c.diagnostics());
      }
      files.clear();
      return null;
    }
    return c;
  }

  /**
   * The first error of a diagnostics text without file, line and generated-looking names
   * ({@code Rec10}, {@code p7}), so that a shrunk program's failure can be told to be the same.
   */
  static String firstError(String diagnostics) {
    String[] lines = diagnostics.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("ERROR ") || line.startsWith("compiler crashed")) {
        String message = line.replaceFirst("^ERROR [^:]*:\\d+: ", "");
        if (i + 1 < lines.length && lines[i + 1].trim().startsWith("symbol:")) {
          message += " / " + lines[i + 1].trim().replaceAll("\\s+", " ");
        }
        int at = message.indexOf("\tat ");
        if (at >= 0) {
          message = message.substring(0, at);
        }
        return message.replaceAll("\\b[A-Za-z_]+\\d+\\b", "#").trim();
      }
    }
    return diagnostics.length() > 200 ? diagnostics.substring(0, 200) : diagnostics;
  }

  /** The generated sibling of a template file, as far as the processor wrote it. */
  private static String generatedSourceOf(Compiled c, JavaFileObject template) {
    String path = template.toUri().getPath();
    String relative = path.startsWith("/") ? path.substring(1) : path;
    String qualified =
        relative.substring(0, relative.length() - ".java".length()).replace('/', '.') + "Gen";
    String source = c.generatedSource(qualified);
    return source == null ? "" : "--- generated source (" + qualified + ")\n" + numbered(source);
  }

  /** The template files the errors of {@code c} are in, or null if some error has no file. */
  private static Set<String> blame(Compiled c, List<JavaFileObject> files) {
    if (c.crash != null) {
      return null;
    }
    Set<String> names = new java.util.HashSet<>();
    for (JavaFileObject f : files) {
      names.add(simpleName(f));
    }
    Set<String> blamed = new java.util.LinkedHashSet<>();
    for (String file : c.filesWithErrors()) {
      String template = file.endsWith("Gen.java")
          ? file.substring(0, file.length() - "Gen.java".length()) + ".java" : file;
      if (!names.contains(template)) {
        return null;
      }
      blamed.add(template);
    }
    return blamed;
  }

  private static List<JavaFileObject> plus(List<JavaFileObject> a, List<JavaFileObject> b) {
    List<JavaFileObject> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** The reference extras of {@code R12.java}: {@code R12Gen.java}. */
  private static List<JavaFileObject> extrasFor(JavaFileObject file, List<JavaFileObject> extras) {
    String base = simpleName(file).replace(".java", "");
    List<JavaFileObject> out = new ArrayList<>();
    for (JavaFileObject e : extras) {
      if (simpleName(e).equals(base + "Gen.java")) {
        out.add(e);
      }
    }
    return out;
  }

  /** Runs every case of a prepared batch on both sides and compares. */
  Outcome execute(Prepared p, List<TemplateCase> cases) {
    Outcome outcome = p.outcome;
    for (TemplateCase c : cases) {
      String file = c.simpleClassName() + ".java";
      if (outcome.referenceRejected.containsKey(file)) {
        continue;
      }
      if (p.compileFailures.containsKey(file)) {
        outcome.failures.add(report(c, "the processor compilation failed", null, null, null,
            p.compileFailures.get(file)));
        outcome.signatures.put(c.name, "compile: " + firstError(p.compileFailures.get(file)));
        continue;
      }
      runCase(c, p.reference, p.generated, outcome);
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
        outcome.signatures.put(c.name, "load: " + t.getClass().getName());
        return;
      }
    }
    boolean iterable = template.method.getReturnType() == Iterable.class;
    for (GeneratorRun run : c.generatorRuns) {
      if (run.mode().needsIterable() && !iterable) {
        continue;
      }
      long t0 = System.nanoTime();
      List<String> ref;
      try {
        ref = referenceGenerator(template, run, reference.loader());
      } catch (ReferenceGenerator.ReferenceTimeout e) {
        outcome.failures.add(report(c, "the reference run of " + run + " timed out", null, null,
            null, e.getMessage()));
        outcome.signatures.put(c.name, "reference timeout");
        return;
      }
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
      long t0 = System.nanoTime();
      List<String> ref;
      try {
        ref = referenceAsync(template, run, reference.loader());
      } catch (ReferenceGenerator.ReferenceTimeout e) {
        outcome.failures.add(report(c, "the reference run of " + run + " timed out", null, null,
            null, e.getMessage()));
        outcome.signatures.put(c.name, "reference timeout");
        return;
      }
      long t1 = System.nanoTime();
      outcome.referenceRunNanos += t1 - t0;
      dump(c, run.toString(), ref);
      if (factory == null) {
        continue;
      }
      List<String> gen = generatedAsync(factory, run, generated.loader());
      outcome.generatedRunNanos += System.nanoTime() - t1;
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
      outcome.signatures.putIfAbsent(c.name, "traces differ");
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
    ctx.result(async.result());
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
      if (stage != null) {
        ctx.result(stage);
      }
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
