package dev.statecraft.tests.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One template of a differential test and the runs to compare: which method of which class
 * (compiled from {@link #source}), and for each run the arguments and how to consume the result
 * (generators) or which futures to complete in which order (async).
 */
final class TemplateCase {
  enum Kind { GENERATOR, ASYNC }

  final String name;
  final String className;
  final String methodName;
  final Kind kind;
  /** The whole compilation unit holding the template, as the failure report prints it. */
  final String source;
  final List<GeneratorRun> generatorRuns = new ArrayList<>();
  final List<AsyncRun> asyncRuns = new ArrayList<>();

  TemplateCase(String name, String className, String methodName, Kind kind, String source) {
    this.name = name;
    this.className = className;
    this.methodName = methodName;
    this.kind = kind;
    this.source = source;
  }

  String simpleClassName() {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** The generated sibling of the (top-level) template class. */
  String generatedClassName() {
    return className + "Gen";
  }

  TemplateCase run(String label, Function<RunContext, Object[]> args, ConsumeMode... modes) {
    for (ConsumeMode mode : modes) {
      generatorRuns.add(new GeneratorRun(label, args, mode));
    }
    return this;
  }

  TemplateCase asyncRun(String label, Function<RunContext, Object[]> args, AsyncStep... steps) {
    asyncRuns.add(new AsyncRun(label, args, List.of(steps)));
    return this;
  }

  /** Adds the runs of {@code other} (same template under another name). */
  TemplateCase copyRunsFrom(TemplateCase other) {
    generatorRuns.addAll(other.generatorRuns);
    asyncRuns.addAll(other.asyncRuns);
    return this;
  }

  int runCount() {
    return generatorRuns.size() + asyncRuns.size();
  }

  @Override
  public String toString() {
    return name + " (" + className + "." + methodName + ")";
  }

  record GeneratorRun(String label, Function<RunContext, Object[]> args, ConsumeMode mode) {
    @Override
    public String toString() {
      return label + " / " + mode;
    }
  }

  record AsyncRun(String label, Function<RunContext, Object[]> args, List<AsyncStep> steps) {
    @Override
    public String toString() {
      return label;
    }
  }

  /** One action of an async run's script, performed on both sides between quiescent points. */
  record AsyncStep(String description, Consumer<RunContext> action) {
    static AsyncStep complete(int future, Object value) {
      return new AsyncStep("complete future " + future + " with " + value,
          ctx -> ctx.future(future).complete(value));
    }

    /** Cancels the run's result future (DESIGN.md: stops the machine, runs its finally blocks). */
    static AsyncStep cancelResult() {
      return new AsyncStep("cancel the result", ctx -> ctx.result().cancel(true));
    }

    /** Completes the run's result future from outside, which stops the machine too. */
    static AsyncStep completeResult(Object value) {
      return new AsyncStep("complete the result from outside with " + value,
          ctx -> ctx.result().complete(value));
    }

    static AsyncStep fail(int future, String message) {
      return new AsyncStep("fail future " + future + " with IllegalStateException(" + message + ")",
          ctx -> ctx.future(future).completeExceptionally(new IllegalStateException(message)));
    }
  }

  /** What a run's argument builder and script see on one side: its trace, log and futures. */
  static final class RunContext {
    final Trace trace;
    final ClassLoader loader;
    private final List<CompletableFuture<Object>> futures = new ArrayList<>();
    /** The async run's result (the factory's, or the reference's), once there is one. */
    private CompletableFuture<Object> result;

    @SuppressWarnings("unchecked")
    void result(java.util.concurrent.CompletionStage<?> stage) {
      this.result = (CompletableFuture<Object>) stage.toCompletableFuture();
    }

    CompletableFuture<Object> result() {
      return result;
    }

    RunContext(Trace trace, ClassLoader loader) {
      this.trace = trace;
      this.loader = loader;
    }

    /** A fresh {@code List<String> log} argument recording into this run's trace. */
    List<String> log() {
      return trace.log();
    }

    /** A new incomplete future, numbered in creation order for the script. */
    CompletableFuture<Object> pending() {
      CompletableFuture<Object> f = new CompletableFuture<>();
      futures.add(f);
      return f;
    }

    CompletableFuture<Object> completed(Object value) {
      CompletableFuture<Object> f = pending();
      f.complete(value);
      return f;
    }

    CompletableFuture<Object> failed(String message) {
      CompletableFuture<Object> f = pending();
      f.completeExceptionally(new IllegalStateException(message));
      return f;
    }

    CompletableFuture<Object> future(int index) {
      return futures.get(index);
    }

    /** An instance of a class of this side's compilation (for instance templates). */
    Object newInstance(String className) {
      try {
        java.lang.reflect.Constructor<?> c =
            Class.forName(className, true, loader).getDeclaredConstructor();
        c.setAccessible(true);
        return c.newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
