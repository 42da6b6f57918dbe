package dev.statecraft.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes docs/benchmarks.md from one run of benchmarks/run.sh: JMH's JSON results and the
 * {@code RESULT} lines of the retained-memory, stack-depth and compile-time mains.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.statecraft.benchmarks.BenchmarkReport RESULTS_DIR
 * OUTPUT.md}. RESULTS_DIR holds {@code jmh.json}, {@code memory.txt}, {@code stack.txt},
 * {@code compile.txt}, {@code machine.properties} and {@code commands.txt}, as run.sh writes them.
 */
public final class BenchmarkReport {
  private static final String SUM = "dev.statecraft.benchmarks.SumBenchmark.";
  private static final String JDK21 = "dev.statecraft.benchmarks.jdk21.Jdk21SumBenchmark.";
  private static final String TREE = "dev.statecraft.benchmarks.TreeBenchmark.";
  private static final String ASYNC = "dev.statecraft.benchmarks.AsyncBenchmark.";
  private static final String JDK21_ASYNC = "dev.statecraft.benchmarks.jdk21.Jdk21AsyncBenchmark.";
  private static final String[] DEPTHS = {"10", "100", "1000", "10000"};
  private static final Pattern RESULT = Pattern.compile("RESULT (.*)");
  private static final Pattern PAIR = Pattern.compile("(\\w+)=(\\S+)");

  /**
   * One JMH result: median, mean and 99.9% error of the per-iteration scores, and the bytes
   * allocated per operation ({@code -prof gc}; NaN without it).
   */
  private static final class Score {
    final double median;
    final double mean;
    final double error;
    final double allocated;

    Score(double median, double mean, double error, double allocated) {
      this.median = median;
      this.mean = mean;
      this.error = error;
      this.allocated = allocated;
    }
  }

  private final Map<String, Score> scores = new LinkedHashMap<>();
  private final StringBuilder md = new StringBuilder();
  private Map<String, Object> firstRun;

  private BenchmarkReport() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Path output = Path.of(args[1]);
    BenchmarkReport report = new BenchmarkReport();
    report.readJmh(dir.resolve("jmh.json"));
    Properties machine = new Properties();
    try (var in = Files.newBufferedReader(dir.resolve("machine.properties"))) {
      machine.load(in);
    }
    List<Map<String, String>> memory = results(dir.resolve("memory.txt"));
    List<Map<String, String>> stack = results(dir.resolve("stack.txt"));
    List<Map<String, String>> compile = results(dir.resolve("compile.txt"));
    String commands = Files.readString(dir.resolve("commands.txt")).strip();
    report.write(machine, commands, memory, stack, compile);
    Files.writeString(output, report.md.toString(), StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private void readJmh(Path file) throws IOException {
    List<Object> runs = (List<Object>) Json.parse(Files.readString(file));
    for (Object o : runs) {
      Map<String, Object> run = (Map<String, Object>) o;
      if (firstRun == null) {
        firstRun = run;
      }
      String name = (String) run.get("benchmark");
      Map<String, Object> params = (Map<String, Object>) run.get("params");
      if (params != null && params.get("depth") != null) {
        name += "@" + params.get("depth");
      }
      Map<String, Object> metric = (Map<String, Object>) run.get("primaryMetric");
      Map<String, Object> percentiles = (Map<String, Object>) metric.get("scorePercentiles");
      Map<String, Object> secondary = (Map<String, Object>) run.get("secondaryMetrics");
      Object alloc = secondary == null ? null : secondary.get("gc.alloc.rate.norm");
      scores.put(name, new Score(
          number(percentiles.get("50.0")),
          number(metric.get("score")),
          number(metric.get("scoreError")),
          alloc == null ? Double.NaN : number(((Map<String, Object>) alloc).get("score"))));
    }
  }

  private static double firstLoad(String loads) {
    try {
      return Double.parseDouble(loads.split(",")[0].trim());
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static String whole(Object value) {
    return value instanceof Double ? String.valueOf(Math.round((Double) value)) : "" + value;
  }

  private static double number(Object value) {
    if (value instanceof Double) {
      return (Double) value;
    }
    if (value instanceof String) {
      return Double.parseDouble((String) value); // JMH writes "NaN" as a string
    }
    return Double.NaN;
  }

  private static List<Map<String, String>> results(Path file) throws IOException {
    List<Map<String, String>> list = new ArrayList<>();
    if (!Files.exists(file)) {
      return list;
    }
    for (String line : Files.readAllLines(file)) {
      Matcher m = RESULT.matcher(line);
      if (!m.find()) {
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher p = PAIR.matcher(m.group(1));
      while (p.find()) {
        fields.put(p.group(1), p.group(2));
      }
      list.add(fields);
    }
    return list;
  }

  // ---------------------------------------------------------------------------------------------

  private void write(Properties machine, String commands, List<Map<String, String>> memory,
      List<Map<String, String>> stack, List<Map<String, String>> compile) {
    line("# Benchmarks");
    line();
    line("Generated by [`benchmarks/run.sh`](../benchmarks/run.sh) on "
        + machine.getProperty("date") + ".");
    line("Do not edit by hand: run the script again. Every number below comes from that one run, "
        + "and");
    line("every ratio compares numbers of the same run. One run on one small virtual machine is a");
    line("benchmark, not a guarantee: expect noise between runs, more on the thread-based peers "
        + "and");
    line("when the machine is busy (see the load averages below).");
    line();

    line("## Machine and command");
    line();
    line("| | |");
    line("|---|---|");
    line("| CPU | " + machine.getProperty("cpu") + " (" + machine.getProperty("cores") + " cores, "
        + (machine.getProperty("hypervisor", "").isEmpty() ? "bare metal"
            : machine.getProperty("hypervisor")) + ") |");
    line("| Memory | " + machine.getProperty("memory") + " |");
    line("| OS | " + machine.getProperty("os") + " |");
    line("| Load average (1, 5, 15 min) | " + machine.getProperty("loadBefore")
        + " before the run, " + machine.getProperty("loadAfter") + " after |");
    line("| JDK | " + machine.getProperty("jdk") + " |");
    if (firstRun != null) {
      line("| JMH | " + firstRun.get("jmhVersion") + ", " + whole(firstRun.get("forks"))
          + " fork, " + whole(firstRun.get("warmupIterations")) + " × "
          + firstRun.get("warmupTime") + " warm-up, "
          + whole(firstRun.get("measurementIterations")) + " × "
          + firstRun.get("measurementTime") + " measurement per benchmark, average time"
          + (firstRun.get("secondaryMetrics") == null ? "" : ", `-prof gc`") + " |");
    }
    line("| Statecraft | commit `" + machine.getProperty("commit") + "`"
        + machine.getProperty("dirty", "") + " |");
    line();
    double busiest = Math.max(firstLoad(machine.getProperty("loadBefore")),
        firstLoad(machine.getProperty("loadAfter")));
    int cores = Integer.parseInt(machine.getProperty("cores", "1").trim());
    if (busiest > cores) {
      line(String.format(Locale.ROOT, "**The machine was busy during this run** (1-minute load up"
          + " to %.1f on %d cores: other processes competed for the CPUs), so the errors are wide"
          + " and small ratios are uncertain; the large ratios below are far outside that noise.",
          busiest, cores));
      line();
    }
    line("Command: `benchmarks/run.sh`, which ran exactly:");
    line();
    line("```sh");
    line(commands);
    line("```");
    line();
    line("Medians are over the measurement iterations of the one fork; the error is JMH's 99.9%");
    line("confidence half-interval around the mean of those iterations (mean ± error in the");
    line("tables). Ratios divide medians.");
    line();

    writeSum();
    writeTree(stack);
    writeMemory(memory);
    writeCompile(compile);
    writeAsync();
    writeTargets(memory, compile);
  }

  private void writeSum() {
    line("## Summing 1,000 ints (ns per element)");
    line();
    line("Each benchmark sums the ints 0..999 the way its row says, creating its generator or");
    line("stream inside the measured call; the score is divided by 1,000. The thread-based and");
    line("Continuation generators carry boxed `Integer`s, like the boxed generated one. "
        + "Allocation");
    line("per element is JMH's `gc.alloc.rate.norm` (an `Integer` above 127 is 16 bytes).");
    line();
    line("| way | median | mean ± error | × hand-written `Iterator<Integer>` |"
        + " × hand-written `PrimitiveIterator.OfInt` | bytes allocated per element |");
    line("|---|---:|---:|---:|---:|---:|");
    Score boxed = scores.get(SUM + "handWrittenIterator");
    Score prim = scores.get(SUM + "handWrittenIntIterator");
    String[][] rows = {
        {SUM + "forLoop", "plain `for` loop"},
        {SUM + "handWrittenIterator", "**hand-written `Iterator<Integer>`** (boxed baseline)"},
        {SUM + "generatedIterable", "generated `@Generator Iterable<Integer>`, for-each"},
        {SUM + "generatedIterator", "generated `@Generator Iterator<Integer>`"},
        {SUM + "handWrittenIntIterator",
            "**hand-written `PrimitiveIterator.OfInt`** (primitive baseline)"},
        {SUM + "generatedIntIterator", "generated `@Generator PrimitiveIterator.OfInt`"},
        {SUM + "generatedIntStream", "generated `@Generator IntStream`, `.sum()`"},
        {SUM + "handWrittenIntStream",
            "hand-written `PrimitiveIterator.OfInt` made an `IntStream` (`StreamSupport`), "
                + "`.sum()`"},
        {SUM + "intStreamRange", "`IntStream.range(0, n).sum()`"},
        {SUM + "streamIterate", "`Stream.iterate(0, i -> i < n, i -> i + 1)`, `mapToInt`, `sum`"},
        {JDK21 + "continuation", "`jdk.internal.vm.Continuation` generator (JDK 21+)"},
        {JDK21 + "virtualThread", "virtual thread + `SynchronousQueue` (JDK 21+)"},
        {SUM + "platformThread", "platform thread + `SynchronousQueue`"},
    };
    for (String[] row : rows) {
      Score s = scores.get(row[0]);
      if (s == null) {
        line("| " + row[1] + " | not run | | | | |");
        continue;
      }
      line("| " + row[1] + " | " + ns(s.median) + " | " + meanError(s) + " | "
          + ratio(s, boxed) + " | " + ratio(s, prim) + " | " + bytes(s.allocated) + " |");
    }
    line();
    line("JMH names: `SumBenchmark.*`, `jdk21.Jdk21SumBenchmark.*` (the Continuation one forks "
        + "with");
    line("`--add-exports java.base/jdk.internal.vm=ALL-UNNAMED`, from its own `@Fork`).");
    line();
  }

  private void writeTree(List<Map<String, String>> stack) {
    line("## Recursive walk with `yieldAll` (ns per element)");
    line();
    line("A degenerate tree, a chain of `depth` nodes (one child each), walked pre-order by");
    line("`yieldAll(TreeGen.walk(child))` (boxed, `Iterable<Integer>`), by the same template "
        + "returning");
    line("`PrimitiveIterator.OfInt` (`yieldAll(TreeGen.walkInt(child))`), and by nested "
        + "hand-written");
    line("iterators that forward to their child's. Each invocation visits 10,000 elements (the "
        + "chain");
    line("walked 10,000 / depth times), so the score is per element, generator creation included.");
    line();
    line("| depth | generated boxed | × depth 10 | generated `OfInt` | × depth 10 | nested plain"
        + " iterators | × depth 10 | generated boxed ÷ plain |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String depth : DEPTHS) {
      Score g = scores.get(TREE + "generated@" + depth);
      Score gi = scores.get(TREE + "generatedInt@" + depth);
      Score p = scores.get(TREE + "plainNested@" + depth);
      line("| " + String.format(Locale.ROOT, "%,d", Integer.parseInt(depth)) + " | "
          + cell(g) + " | " + ratio(g, scores.get(TREE + "generated@10")) + " | "
          + cell(gi) + " | " + ratio(gi, scores.get(TREE + "generatedInt@10")) + " | "
          + cell(p) + " | " + ratio(p, scores.get(TREE + "plainNested@10")) + " | "
          + ratio(g, p) + " |");
    }
    line();
    line("Cells are median (mean ± error).");
    if (!stack.isEmpty()) {
      line();
      line("Which walks survive which depth on a thread with the default stack size (one walk "
          + "each,");
      line("`StackDepthMain`, not timed):");
      line();
      Map<String, Map<String, String>> byWalk = new LinkedHashMap<>();
      List<String> depths = new ArrayList<>();
      for (Map<String, String> r : stack) {
        byWalk.computeIfAbsent(r.get("walk"), k -> new HashMap<>()).put(r.get("depth"),
            r.get("outcome"));
        if (!depths.contains(r.get("depth"))) {
          depths.add(r.get("depth"));
        }
      }
      StringBuilder header = new StringBuilder("| walk |");
      StringBuilder rule = new StringBuilder("|---|");
      for (String d : depths) {
        header.append(String.format(Locale.ROOT, " %,d |", Integer.parseInt(d)));
        rule.append("---|");
      }
      line(header.toString());
      line(rule.toString());
      Map<String, String> names = Map.of(
          "generated", "generated boxed", "generatedInt", "generated `OfInt`",
          "plainNested", "nested plain iterators");
      for (Map.Entry<String, Map<String, String>> e : byWalk.entrySet()) {
        String name = names.getOrDefault(e.getKey(), e.getKey());
        StringBuilder row = new StringBuilder("| " + name + " |");
        for (String d : depths) {
          String outcome = e.getValue().get(d);
          row.append(' ').append("ok".equals(outcome) ? "ok" : "**" + outcome + "**").append(" |");
        }
        line(row.toString());
      }
      line();
      line("The nested plain iterators reach depth 10,000 on the default stack, so the table "
          + "above");
      line("measures them at every depth; they overflow further down.");
    }
    line();
  }

  private void writeMemory(List<Map<String, String>> memory) {
    line("## Memory retained per suspended generator");
    line();
    line("`RetainedMemoryMain`, one JVM per kind (`-XX:+UseSerialGC -Xmx2g`, compressed oops,");
    line("default object headers): creates 100,000 generators of 0..999, takes the first element");
    line("of each (so each sits suspended at its first yield), holds them in an array, and "
        + "divides");
    line("the growth of the used heap after full GCs (`MemoryMXBean`) by 100,000. Heap only: a");
    line("platform thread's stack is native memory, so platform threads are not in this table.");
    line();
    line("| generator | bytes per suspended generator | × generated `Iterator<Integer>` |");
    line("|---|---:|---:|");
    Map<String, String> names = new LinkedHashMap<>();
    names.put("generated", "generated `Iterator<Integer>`");
    names.put("generated-int", "generated `PrimitiveIterator.OfInt`");
    names.put("hand-written", "hand-written `Iterator<Integer>`");
    names.put("continuation", "`jdk.internal.vm.Continuation` generator");
    names.put("virtual-thread", "virtual thread + `SynchronousQueue`");
    Double base = memoryOf(memory, "generated");
    for (Map.Entry<String, String> e : names.entrySet()) {
      Double bytes = memoryOf(memory, e.getKey());
      if (bytes == null) {
        line("| " + e.getValue() + " | not run | |");
        continue;
      }
      line("| " + e.getValue() + " | " + String.format(Locale.ROOT, "%,.0f", bytes) + " | "
          + (base == null ? "" : ratioText(bytes / base)) + " |");
    }
    line();
  }

  private static Double memoryOf(List<Map<String, String>> memory, String kind) {
    for (Map<String, String> r : memory) {
      if (kind.equals(r.get("kind"))) {
        return Double.parseDouble(r.get("bytes"));
      }
    }
    return null;
  }

  private void writeCompile(List<Map<String, String>> compile) {
    line("## Compile time");
    line();
    line("`CompileTimeMain`: 200 template files, each one class with three `@Generator` templates");
    line("(an `Iterable<Integer>` loop; an `Iterator<String>` with nested loops, `try`/`finally`,");
    line("a `switch` and `yieldAll`; an `IntStream`), compiled in-process through `javax.tools`");
    line("with `--release 17`: plain with `-proc:none`; with the Statecraft processor");
    line("(`-processor`), which writes 200 `XxxGen` files that javac then compiles too; and, to");
    line("separate the processor's own work from the cost of compiling what it writes, plain");
    line("again over the templates plus those 200 generated files, written beforehand.");
    if (compile.isEmpty()) {
      line();
      line("Not run.");
      line();
      return;
    }
    line("The three alternate: " + compile.get(0).get("warmup") + " warm-up rounds, then the median"
        + " of " + compile.get(0).get("rounds") + " rounds");
    line("(javac warm in one JVM, as in a build daemon or an IDE).");
    line();
    Map<String, String> c = compile.get(0);
    double plain = Double.parseDouble(c.get("plainMs"));
    line("| javac over 200 templates | median | min – max | × plain |");
    line("|---|---:|---:|---:|");
    compileRow("plain, `-proc:none`", c, "plain", plain);
    compileRow("**with the Statecraft processor**", c, "processor", plain);
    compileRow("plain, templates + the 200 generated files", c, "plainwithgenerated", plain);
    line();
  }

  private void compileRow(String name, Map<String, String> c, String key, double plain) {
    double median = Double.parseDouble(c.get(key + "Ms"));
    line(String.format(Locale.ROOT, "| %s | %,.0f ms | %,.0f – %,.0f ms | %s |", name, median,
        Double.parseDouble(c.get(key + "MinMs")), Double.parseDouble(c.get(key + "MaxMs")),
        ratioText(median / plain)));
  }

  private void writeAsync() {
    line("## Async (ns per await)");
    line();
    line("`AsyncBenchmark` sums the values of 1,000 futures, awaiting each in turn, in one call: "
        + "the");
    line("generated `@Async` machine (`AsyncSums`, `sum += await(f)` in a `for` loop), a minimal");
    line("hand-written driver (a loop that checks `isDone()` and reads `getNow`, and otherwise");
    line("registers itself with `whenComplete` and goes on inside the callback: the baseline), a");
    line("recursive `thenCompose` chain, and a virtual thread that calls `join()` (JDK 21+, one "
        + "thread");
    line("per call, as one machine per call). The machine, driver, chain or thread is created "
        + "inside");
    line("the measured call; the score is divided by 1,000, and so is JMH's `gc.alloc.rate.norm`,");
    line("the bytes allocated per await.");
    line();
    line("**Completed futures**: the 1,000 futures are complete before the call (made once), so "
        + "no");
    line("await suspends: the await fast path. Less than a byte per await means nothing is "
        + "allocated");
    line("per await (the machine and its result future, made once per call, spread over 1,000).");
    line();
    line("| way | median | mean ± error | × hand-written driver | × `thenCompose` |"
        + " bytes allocated per await |");
    line("|---|---:|---:|---:|---:|---:|");
    Score driver = scores.get(ASYNC + "completedHandWritten");
    Score compose = scores.get(ASYNC + "completedThenCompose");
    asyncRows(new String[][] {
        {ASYNC + "completedHandWritten", "**hand-written driver** (baseline)"},
        {ASYNC + "completedGenerated", "generated `@Async`"},
        {ASYNC + "completedThenCompose", "recursive `thenCompose` chain"},
        {JDK21_ASYNC + "completedVirtualThread", "virtual thread, `join()` (JDK 21+)"},
    }, driver, compose, null);
    line();
    line("**Later-completed futures**: each future is created incomplete when the consumer asks "
        + "for");
    line("it and completed by the benchmark thread once the consumer waits for it, so every await");
    line("suspends once and is resumed once: the machine, driver and chain resume inside "
        + "`complete`,");
    line("on the benchmark thread, and ask for the next future before it returns; the virtual "
        + "thread is");
    line("unparked and the benchmark thread waits until it asks (a thread hand-over per await). "
        + "The");
    line("first row creates and completes the same futures with nobody waiting: its bytes (the "
        + "future");
    line("itself) are subtracted to give the bytes per suspension. `whenComplete` on a");
    line("`CompletableFuture` allocates two objects, the dependent future (24 B) and its");
    line("completion (40 B): 64 B is the least any callback-based consumer pays per suspension.");
    line();
    line("| way | median | mean ± error | × hand-written driver | × `thenCompose` |"
        + " bytes allocated per await | bytes per suspension |");
    line("|---|---:|---:|---:|---:|---:|---:|");
    Score floor = scores.get(ASYNC + "laterNobodyWaiting");
    asyncRows(new String[][] {
        {ASYNC + "laterNobodyWaiting", "futures created and completed, nobody waiting (floor)"},
        {ASYNC + "laterHandWritten", "**hand-written driver** (baseline)"},
        {ASYNC + "laterGenerated", "generated `@Async`"},
        {ASYNC + "laterThenCompose", "recursive `thenCompose` chain"},
        {JDK21_ASYNC + "laterVirtualThread", "virtual thread, `join()` (JDK 21+)"},
    }, scores.get(ASYNC + "laterHandWritten"), scores.get(ASYNC + "laterThenCompose"), floor);
    line();
    line("JMH names: `AsyncBenchmark.*`, `jdk21.Jdk21AsyncBenchmark.*`.");
    line();
  }

  /** Rows of an async table; with a {@code floor}, a last column of bytes per suspension. */
  private void asyncRows(String[][] rows, Score driver, Score compose, Score floor) {
    for (String[] row : rows) {
      Score s = scores.get(row[0]);
      if (s == null) {
        line("| " + row[1] + " | not run | | | |" + (floor == null ? "" : " |") + " |");
        continue;
      }
      String perSuspension = "";
      if (floor != null) {
        perSuspension = s == floor ? " — |" : " " + bytes(perAwait(s) - perAwait(floor)) + " |";
      }
      line("| " + row[1] + " | " + ns(s.median) + " | " + meanError(s) + " | "
          + ratio(s, driver) + " | " + ratio(s, compose) + " | " + bytes(perAwait(s)) + " |"
          + perSuspension);
    }
  }

  /** Bytes allocated per await (JMH divides by the 1,000 operations of an invocation). */
  private static double perAwait(Score s) {
    return s == null ? Double.NaN : s.allocated;
  }

  private void writeTargets(List<Map<String, String>> memory, List<Map<String, String>> compile) {
    line("## Targets (issue 5)");
    line();
    line("| target | measured | verdict |");
    line("|---|---|---|");
    Score boxed = scores.get(SUM + "handWrittenIterator");
    Score prim = scores.get(SUM + "handWrittenIntIterator");
    Score genIterator = scores.get(SUM + "generatedIterator");
    Score genIterable = scores.get(SUM + "generatedIterable");
    Score genInt = scores.get(SUM + "generatedIntIterator");
    Score genIntStream = scores.get(SUM + "generatedIntStream");
    Score cont = scores.get(JDK21 + "continuation");
    target("boxed generator ≤ 1.3× hand-written `Iterator<Integer>`",
        "`Iterator<Integer>` " + ratio(genIterator, boxed) + ", `Iterable<Integer>` "
            + ratio(genIterable, boxed),
        atMost(max(quot(genIterator, boxed), quot(genIterable, boxed)), 1.3));
    Score handIntStream = scores.get(SUM + "handWrittenIntStream");
    target("primitive generator ≤ 1.3× hand-written `PrimitiveIterator.OfInt`",
        "`OfInt` " + ratio(genInt, prim) + ", `IntStream` " + ratio(genIntStream, prim)
            + " (" + ratio(genIntStream, handIntStream)
            + " the hand-written iterator made an `IntStream`)",
        atMost(max(quot(genInt, prim), quot(genIntStream, prim)), 1.3));
    Double fasterBoxed = quot(cont, genIterator);
    Double fasterInt = quot(cont, genInt);
    target("≥ 50× faster than the Continuation generator",
        fasterBoxed == null || fasterInt == null ? "not run"
            : "boxed " + ratioText(fasterBoxed) + " faster, `OfInt` " + ratioText(fasterInt)
                + " faster",
        fasterBoxed == null || fasterInt == null ? "not measured"
            : atLeast(Math.min(fasterBoxed, fasterInt), 50));
    Double bytes = memoryOf(memory, "generated");
    Double intBytes = memoryOf(memory, "generated-int");
    target("≤ 48 bytes retained per suspended simple generator",
        bytes == null ? "not run" : String.format(Locale.ROOT, "`Iterator<Integer>` %.0f B", bytes)
            + (intBytes == null ? "" : String.format(Locale.ROOT, ", `OfInt` %.0f B", intBytes)),
        bytes == null ? "not measured"
            : atMost(Math.max(bytes, intBytes == null ? bytes : intBytes), 48, " B"));
    Score g10 = scores.get(TREE + "generated@10");
    Score g10k = scores.get(TREE + "generated@10000");
    Score gi10 = scores.get(TREE + "generatedInt@10");
    Score gi10k = scores.get(TREE + "generatedInt@10000");
    target("recursive `yieldAll` per element at depth 10,000 within 1.5× of depth 10",
        "boxed " + ratio(g10k, g10) + ", `OfInt` " + ratio(gi10k, gi10),
        "boxed: " + atMost(quot(g10k, g10), 1.5) + "; `OfInt`: " + atMost(quot(gi10k, gi10), 1.5));
    Score completedGen = scores.get(ASYNC + "completedGenerated");
    Score completedDriver = scores.get(ASYNC + "completedHandWritten");
    Score completedCompose = scores.get(ASYNC + "completedThenCompose");
    Double overDriver = quot(completedGen, completedDriver);
    Double fasterThanCompose = quot(completedCompose, completedGen);
    target("await of a completed future ≤ 1.5× hand-written driver, ≥ 3× faster than"
            + " `thenCompose`",
        overDriver == null || fasterThanCompose == null ? "not run"
            : ratioText(overDriver) + " the driver, " + ratioText(fasterThanCompose)
                + " faster than `thenCompose`",
        overDriver == null || fasterThanCompose == null ? "not measured"
            : "driver: " + atMost(overDriver, 1.5) + "; `thenCompose`: "
                + atLeast(fasterThanCompose, 3));
    double genBytes = perAwait(completedGen);
    target("an await of a completed future allocates nothing",
        completedGen == null ? "not run"
            : bytes(genBytes) + " B per await (hand-written driver "
                + bytes(perAwait(completedDriver)) + " B)",
        completedGen == null || Double.isNaN(genBytes) ? "not measured"
            // The smallest object is 16 bytes: under one byte per await, no await allocates.
            : genBytes < 1 ? "met" : String.format(Locale.ROOT,
                "**missed**: %s B per await", bytes(genBytes)));
    Score laterGen = scores.get(ASYNC + "laterGenerated");
    Score laterDriver = scores.get(ASYNC + "laterHandWritten");
    Score floor = scores.get(ASYNC + "laterNobodyWaiting");
    if (laterGen == null || laterDriver == null || floor == null
        || Double.isNaN(laterGen.allocated)) {
      target("one allocation per suspension at most", "not run", "not measured");
    } else {
      double gen = perAwait(laterGen) - perAwait(floor);
      double hand = perAwait(laterDriver) - perAwait(floor);
      String verdict;
      if (gen <= 16.5) {
        verdict = "met"; // at most one object of the smallest size, or nothing
      } else if (gen <= hand + 0.5) {
        verdict = "**missed** for `CompletableFuture`: what `whenComplete` allocates (the"
            + " dependent future and its completion, two objects, as for the hand-written"
            + " driver), nothing more";
      } else {
        verdict = String.format(Locale.ROOT, "**missed**: %s B beyond the hand-written driver's"
            + " `whenComplete` objects", bytes(gen - hand));
      }
      target("one allocation per suspension at most",
          bytes(gen) + " B per suspension (hand-written driver " + bytes(hand) + " B)", verdict);
    }
    Double compileRatio =
        compile.isEmpty() ? null : Double.parseDouble(compile.get(0).get("ratio"));
    target("processor overhead on 200 templates ≤ 2× plain javac",
        compileRatio == null ? "not run" : ratioText(compileRatio) + " (plain javac of the"
            + " templates plus the generated files: "
            + ratioText(Double.parseDouble(compile.get(0).get("generatedRatio"))) + ")",
        compileRatio == null ? "not measured" : atMost(compileRatio, 2.0));
    line();
    line("A miss is given as how far the measurement is from the target (measured ÷ target for");
    line("upper bounds, target ÷ measured for lower bounds).");
    line();
  }

  private void target(String target, String measured, String verdict) {
    line("| " + target + " | " + measured + " | " + verdict + " |");
  }

  private static Double quot(Score a, Score b) {
    return a == null || b == null ? null : a.median / b.median;
  }

  private static Double max(Double a, Double b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Math.max(a, b);
  }

  private static String atMost(Double measured, double limit) {
    return atMost(measured, limit, null);
  }

  /** The verdict on an upper bound; {@code unit} null for ratios. */
  private static String atMost(Double measured, double limit, String unit) {
    if (measured == null) {
      return "not measured";
    }
    if (measured <= limit) {
      return "met";
    }
    String value = unit == null ? ratioText(measured)
        : String.format(Locale.ROOT, "%.0f%s", measured, unit);
    String bound = trim(limit) + (unit == null ? "×" : unit);
    return "**missed** by " + ratioText(measured / limit) + " (" + value + " against ≤ " + bound
        + ")";
  }

  private static String atLeast(double measured, double limit) {
    if (measured >= limit) {
      return "met";
    }
    return "**missed** by " + ratioText(limit / measured) + " (" + ratioText(measured)
        + " against ≥ " + trim(limit) + "×)";
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  // ---------------------------------------------------------------------------------------------

  private static String cell(Score s) {
    return s == null ? "not run" : ns(s.median) + " (" + meanError(s) + ")";
  }

  private static String meanError(Score s) {
    return ns(s.mean) + " ± " + (Double.isNaN(s.error) ? "n/a" : ns(s.error));
  }

  private static String ratio(Score s, Score base) {
    if (s == null || base == null) {
      return "";
    }
    return ratioText(s.median / base.median);
  }

  private static String ratioText(double r) {
    if (r >= 100) {
      return String.format(Locale.ROOT, "%,.0f×", r);
    }
    if (r >= 10) {
      return String.format(Locale.ROOT, "%.1f×", r);
    }
    return String.format(Locale.ROOT, "%.2f×", r);
  }

  private static String bytes(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return v < 0.1 ? "≈ 0" : String.format(Locale.ROOT, v < 10 ? "%.1f" : "%,.0f", v);
  }

  private static String ns(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (v >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (v >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (v >= 1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private void line(String s) {
    md.append(s).append('\n');
  }

  private void line() {
    md.append('\n');
  }
}
