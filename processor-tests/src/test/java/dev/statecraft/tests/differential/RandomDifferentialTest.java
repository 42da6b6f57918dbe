package dev.statecraft.tests.differential;

import dev.statecraft.tests.differential.ProgramGenerator.Program;
import dev.statecraft.tests.differential.TemplateCase.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Random templates from {@link ProgramGenerator}, each run on the reference side and through the
 * generated factory with several arguments and consumption modes, every event compared.
 *
 * <p>System properties: {@code -Dstatecraft.seed=S} runs the one program of seed S (printing it);
 * {@code -Dstatecraft.count=N} (default 300) and {@code -Dstatecraft.baseSeed=B} (default 1) pick
 * the seeds B .. B+N-1; {@code -Dstatecraft.shrink=true} shrinks each failing program to a minimal
 * one that still fails (slow: use with a single seed).
 */
class RandomDifferentialTest {
  private static final int BATCH = 30;
  private static final Differential differential = new Differential();

  @AfterAll
  static void shutdown() {
    differential.shutdown();
  }

  @Test
  void randomPrograms() {
    long start = System.nanoTime();
    List<Long> seeds = seeds();
    boolean processor = DiffCompiler.processorAvailable();
    List<String> failures = new ArrayList<>();
    Map<Long, String> rejected = new LinkedHashMap<>();
    List<Long> failingSeeds = new ArrayList<>();
    int compared = 0;
    long[] nanos = new long[4];
    List<List<Long>> batches = new ArrayList<>();
    for (int from = 0; from < seeds.size(); from += BATCH) {
      batches.add(seeds.subList(from, Math.min(seeds.size(), from + BATCH)));
    }
    // Compile the next batch while the current one runs.
    CompletableFuture<Differential.Prepared> next = prepareAsync(batches.get(0), processor);
    for (int b = 0; b < batches.size(); b++) {
      Differential.Prepared prepared = next.join();
      if (b + 1 < batches.size()) {
        next = prepareAsync(batches.get(b + 1), processor);
      }
      List<TemplateCase> cases = new ArrayList<>();
      Map<String, Long> seedOf = new LinkedHashMap<>();
      for (long seed : batches.get(b)) {
        Program p = program(seed);
        cases.add(testCase(p));
        seedOf.put(p.className + ".java", seed);
        if (seeds.size() == 1) {
          System.out.println("--- random template of seed " + seed + "\n"
              + Differential.numbered(p.source()));
        }
      }
      Differential.Outcome outcome = differential.execute(prepared, cases);
      outcome.referenceRejected.forEach((file, diagnostics) ->
          rejected.put(seedOf.get(file), diagnostics));
      failures.addAll(outcome.failures);
      for (TemplateCase c : cases) {
        if (outcome.failures.stream().anyMatch(f -> f.startsWith("=== " + c.name + ":"))) {
          failingSeeds.add(seedOf.get(c.simpleClassName() + ".java"));
        }
      }
      compared += outcome.comparedRuns;
      nanos[0] += outcome.referenceCompileNanos;
      nanos[1] += outcome.processorCompileNanos;
      nanos[2] += outcome.referenceRunNanos;
      nanos[3] += outcome.generatedRunNanos;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("random differential: %d programs, %d compared runs, %d javac rejections,"
            + " %d failing programs, %.1f s%n", seeds.size(), compared, rejected.size(),
        failingSeeds.size(), seconds);
    System.out.printf("  time: reference compile %.1f s, processor compile %.1f s,"
            + " reference runs %.1f s, generated runs %.1f s%n", nanos[0] / 1e9, nanos[1] / 1e9,
        nanos[2] / 1e9, nanos[3] / 1e9);

    // The generator is valid by construction: any program javac rejects is a generator bug,
    // except (tolerated, counted and printed) an "unreachable statement" it failed to foresee,
    // or bytecode javac itself miscompiled (VerifyError when loading the reference class).
    List<String> generatorBugs = new ArrayList<>();
    rejected.forEach((seed, diagnostics) -> {
      System.out.println("--- javac rejects the random program of seed " + seed + ":\n"
          + diagnostics + Differential.numbered(program(seed).source()));
      if (!diagnostics.contains("unreachable statement") && !diagnostics.contains("VerifyError")) {
        generatorBugs.add("seed " + seed + ": " + diagnostics);
      }
    });
    Assertions.assertTrue(generatorBugs.isEmpty(),
        () -> "the random program generator produced invalid Java:\n" + generatorBugs);

    Assumptions.assumeTrue(processor, "the processor does not exist yet: only the reference side"
        + " ran (" + seeds.size() + " programs)");
    if (!failingSeeds.isEmpty() && Boolean.getBoolean("statecraft.shrink")) {
      for (long seed : failingSeeds) {
        System.out.println(new Shrinker(differential).shrink(program(seed), testCase(program(seed))));
      }
    }
    DifferentialReports.assertNoFailures("random", failures, "random differential: "
        + failingSeeds.size() + " of " + seeds.size() + " programs fail; seeds " + failingSeeds
        + " (re-run one with -Dstatecraft.seed=S, add -Dstatecraft.shrink=true to minimise)");
  }

  private static CompletableFuture<Differential.Prepared> prepareAsync(List<Long> batch,
      boolean processor) {
    return CompletableFuture.supplyAsync(() -> {
      Map<String, String> sources = new LinkedHashMap<>();
      Map<String, String> factories = new LinkedHashMap<>();
      for (long seed : batch) {
        Program p = program(seed);
        sources.put("rnd/" + p.className + ".java", p.source());
        if (p.recursive) {
          factories.put("rnd/" + p.className + "Gen.java", p.referenceFactorySource());
        }
      }
      return Differential.prepare(sources, factories, !processor);
    }, PREPARER);
  }

  private static final java.util.concurrent.ExecutorService PREPARER =
      java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "differential batch compiler");
        t.setDaemon(true);
        return t;
      });

  private static List<Long> seeds() {
    String single = System.getProperty("statecraft.seed");
    if (single != null && !single.isEmpty()) {
      List<Long> seeds = new ArrayList<>();
      for (String s : single.split(",")) {
        seeds.add(Long.parseLong(s.trim()));
      }
      return seeds;
    }
    long base = Long.getLong("statecraft.baseSeed", 1L);
    int count = Integer.getInteger("statecraft.count", 300);
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      seeds.add(base + i);
    }
    return seeds;
  }

  static Program program(long seed) {
    return new ProgramGenerator(seed).generate("R" + Long.toString(seed).replace('-', '_'));
  }

  /** The runs of a random program: n = 0..3 drained, plus three random (n, mode) pairs. */
  static TemplateCase testCase(Program p) {
    TemplateCase c = new TemplateCase("seed " + p.seed, "rnd." + p.className, "gen",
        Kind.GENERATOR, p.source());
    for (int n = 0; n <= 3; n++) {
      int arg = n;
      c.run("n=" + n, ctx -> new Object[] {arg, ctx.log()}, ConsumeMode.DRAIN);
    }
    Random r = new Random(p.seed);
    ConsumeMode[] modes = ConsumeMode.values();
    for (int i = 0; i < 3; i++) {
      int arg = r.nextInt(5);
      c.run("n=" + arg, ctx -> new Object[] {arg, ctx.log()}, modes[1 + r.nextInt(modes.length - 1)]);
    }
    return c;
  }
}
