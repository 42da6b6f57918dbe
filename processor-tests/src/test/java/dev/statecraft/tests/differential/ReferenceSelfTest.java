package dev.statecraft.tests.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import dev.statecraft.runtime.Coroutines;
import dev.statecraft.tests.differential.DiffCompiler.Compiled;
import dev.statecraft.tests.differential.TemplateCase.AsyncRun;
import dev.statecraft.tests.differential.TemplateCase.AsyncStep;
import dev.statecraft.tests.differential.TemplateCase.GeneratorRun;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the oracle itself: the reference execution of templates (no processor involved) produces
 * the traces DESIGN.md prescribes, and the replacement {@code Coroutines} matches the real one.
 */
class ReferenceSelfTest {
  private static final String SOURCE = String.join("\n",
      "package selftest;",
      "",
      "import dev.statecraft.Async;",
      "import dev.statecraft.Generator;",
      "import java.util.Iterator;",
      "import java.util.List;",
      "import java.util.concurrent.CompletableFuture;",
      "import java.util.concurrent.CompletionStage;",
      "import java.util.stream.IntStream;",
      "import java.util.stream.Stream;",
      "import static dev.statecraft.runtime.Coroutines.*;",
      "import static java.util.concurrent.CompletableFuture.completedFuture;",
      "",
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
      "",
      "  @Generator",
      "  static Iterator<String> early(int n, List<String> log) {",
      "    log.add(\"start\");",
      "    for (int i = 0; ; i++) {",
      "      if (i == n) return done();",
      "      log.add(\"before \" + i);",
      "      yieldReturn(\"e\" + i);",
      "      log.add(\"after \" + i);",
      "    }",
      "  }",
      "",
      "  @Generator",
      "  static Stream<Object> throwing(int n, List<String> log) {",
      "    yieldReturn(1);",
      "    log.add(\"x\");",
      "    if (n > 0) throw new IllegalStateException(\"boom \" + n);",
      "    yieldReturn(2);",
      "    return done();",
      "  }",
      "",
      "  @Generator",
      "  static IntStream all(List<String> log) {",
      "    yieldAll(List.of(1, 2));",
      "    yieldAll(List.of(3).iterator());",
      "    yieldAll(Stream.of(4, 5).onClose(() -> log.add(\"stream closed\")));",
      "    yieldReturn('A');",
      "    return done();",
      "  }",
      "",
      "  @Generator",
      "  static Iterable<Integer> param(int n, List<String> log) {",
      "    while (n < 3) { yieldReturn(n); n++; }",
      "    log.add(\"n=\" + n);",
      "    return done();",
      "  }",
      "",
      "  @Async",
      "  static CompletableFuture<Integer> total(List<CompletableFuture<Integer>> parts,",
      "      List<String> log) {",
      "    int sum = 0;",
      "    for (CompletableFuture<Integer> p : parts) {",
      "      log.add(\"await \" + sum);",
      "      sum += await(p);",
      "    }",
      "    log.add(\"sum \" + sum);",
      "    return completedFuture(sum);",
      "  }",
      "",
      "  @Async",
      "  static CompletionStage<String> relay(CompletableFuture<String> first,",
      "      CompletableFuture<String> second, List<String> log) {",
      "    String a = await(first);",
      "    log.add(\"got \" + a);",
      "    return second;",
      "  }",
      "}",
      "");

  private static Compiled compiled;

  @BeforeAll
  static void compile() {
    compiled = DiffCompiler.reference(
        List.of(JavaFileObjects.forSourceString("selftest.Numbers", SOURCE)));
    assertTrue(compiled.succeeded(), compiled::diagnostics);
  }

  private static List<String> gen(String method, ConsumeMode mode,
      java.util.function.Function<TemplateCase.RunContext, Object[]> args) {
    ReferenceTemplate t = ReferenceTemplate.load(compiled.loader(), "selftest.Numbers", method);
    return Differential.referenceGenerator(t, new GeneratorRun("self", args, mode),
        compiled.loader());
  }

  @Test
  void fibYieldsFibonacci() {
    assertEquals(List.of("factory returned", "iterator()", "elem Integer 0", "elem Integer 1",
            "elem Integer 1", "elem Integer 2", "elem Integer 3", "end", "then hasNext false",
            "then next threw NoSuchElementException"),
        gen("fib", ConsumeMode.DRAIN, ctx -> new Object[] {5}));
  }

  @Test
  void doneEndsTheSequenceAndLogsInterleave() {
    assertEquals(List.of("factory returned", "log start", "log before 0", "elem String e0",
            "log after 0", "log before 1", "elem String e1", "log after 1", "end",
            "then hasNext false", "then next threw NoSuchElementException"),
        gen("early", ConsumeMode.DRAIN, ctx -> new Object[] {2, ctx.log()}));
  }

  @Test
  void nextOnlyAndHasNextTwice() {
    assertEquals(List.of("factory returned", "log start", "log before 0", "elem String e0",
            "log after 0", "end (next threw NoSuchElementException)", "then hasNext false",
            "then next threw NoSuchElementException"),
        gen("early", ConsumeMode.NEXT_ONLY, ctx -> new Object[] {1, ctx.log()}));
    assertEquals(List.of("factory returned", "log start", "log before 0", "elem String e0",
            "log after 0", "end", "then hasNext false", "then next threw NoSuchElementException"),
        gen("early", ConsumeMode.HAS_NEXT_TWICE, ctx -> new Object[] {1, ctx.log()}));
  }

  @Test
  void bodyExceptionPropagatesThenDone() {
    assertEquals(List.of("factory returned", "elem Integer 1", "log x",
            "threw java.lang.IllegalStateException: boom 3", "then hasNext false",
            "then next threw NoSuchElementException"),
        gen("throwing", ConsumeMode.DRAIN, ctx -> new Object[] {3, ctx.log()}));
    assertEquals(List.of("factory returned", "elem Integer 1", "log x", "elem Integer 2", "end",
            "then hasNext false", "then next threw NoSuchElementException"),
        gen("throwing", ConsumeMode.DRAIN, ctx -> new Object[] {0, ctx.log()}));
  }

  @Test
  void closing() {
    assertEquals(List.of("factory returned", "closed", "then hasNext false",
            "then next threw NoSuchElementException"),
        gen("early", ConsumeMode.CLOSE_BEFORE_START, ctx -> new Object[] {5, ctx.log()}));
    assertEquals(List.of("factory returned", "log start", "log before 0", "elem String e0",
            "closed", "then hasNext false", "then next threw NoSuchElementException"),
        gen("early", ConsumeMode.CLOSE_AFTER_1, ctx -> new Object[] {5, ctx.log()}));
    // A Stream result closes the generator from onClose.
    assertEquals(List.of("factory returned", "elem Integer 1", "closed", "then hasNext false",
            "then next threw NoSuchElementException"),
        gen("throwing", ConsumeMode.CLOSE_AFTER_1, ctx -> new Object[] {0, ctx.log()}));
  }

  @Test
  void yieldAllSourcesAndPrimitiveConversion() {
    assertEquals(List.of("factory returned", "elem Integer 1", "elem Integer 2", "elem Integer 3",
            "elem Integer 4", "elem Integer 5", "log stream closed", "elem Integer 65", "end",
            "then hasNext false", "then next threw NoSuchElementException"),
        gen("all", ConsumeMode.DRAIN, ctx -> new Object[] {ctx.log()}));
  }

  @Test
  void everyIteratorStartsFromTheOriginalArguments() {
    assertEquals(List.of("factory returned", "a: iterator()", "a: elem Integer 1",
            "a: elem Integer 2", "log n=3", "a: end", "a: then hasNext false",
            "a: then next threw NoSuchElementException", "b: iterator()", "b: elem Integer 1",
            "b: elem Integer 2", "log n=3", "b: end", "b: then hasNext false",
            "b: then next threw NoSuchElementException"),
        gen("param", ConsumeMode.TWICE, ctx -> new Object[] {1, ctx.log()}));
    assertEquals(List.of("factory returned", "a: iterator()", "b: iterator()",
            "a: elem Integer 1", "b: elem Integer 1", "a: elem Integer 2", "b: elem Integer 2",
            "log n=3", "a: end", "log n=3", "b: end", "a: then hasNext false",
            "a: then next threw NoSuchElementException", "b: then hasNext false",
            "b: then next threw NoSuchElementException"),
        gen("param", ConsumeMode.TWO_INTERLEAVED, ctx -> new Object[] {1, ctx.log()}));
  }

  @Test
  void asyncAwaitBlocksAndResumes() {
    ReferenceTemplate t = ReferenceTemplate.load(compiled.loader(), "selftest.Numbers", "total");
    AsyncRun run = new AsyncRun("self",
        ctx -> new Object[] {
            List.of(ctx.completed(1), ctx.pending(), ctx.completed(3), ctx.pending()), ctx.log()},
        List.of(AsyncStep.complete(3, 4), AsyncStep.complete(1, 2)));
    assertEquals(List.of("log await 0", "log await 1", "factory returned",
            "step: complete future 3 with 4", "step: complete future 1 with 2", "log await 3",
            "log await 6", "log sum 10", "result Integer 10"),
        Differential.referenceAsync(t, run, compiled.loader()));

    AsyncRun failing = new AsyncRun("self",
        ctx -> new Object[] {List.of(ctx.pending()), ctx.log()},
        List.of(AsyncStep.fail(0, "bad")));
    assertEquals(List.of("log await 0", "factory returned",
            "step: fail future 0 with IllegalStateException(bad)",
            "failed java.lang.IllegalStateException: bad"),
        Differential.referenceAsync(t, failing, compiled.loader()));
  }

  @Test
  void asyncReturnedStageCompletesTheResult() {
    ReferenceTemplate t = ReferenceTemplate.load(compiled.loader(), "selftest.Numbers", "relay");
    AsyncRun run = new AsyncRun("self",
        ctx -> new Object[] {ctx.pending(), ctx.pending(), ctx.log()},
        List.of(AsyncStep.complete(0, "a"), AsyncStep.complete(1, "b")));
    assertEquals(List.of("factory returned", "step: complete future 0 with a", "log got a",
            "step: complete future 1 with b", "result String b"),
        Differential.referenceAsync(t, run, compiled.loader()));
  }

  @Test
  void replacementHasTheRealPublicSignatures() throws Exception {
    Class<?> fake = Class.forName(FakeCoroutines.CLASS_NAME, false, compiled.loader());
    assertTrue(fake != Coroutines.class);
    Set<String> real = signatures(Coroutines.class);
    Set<String> replacement = signatures(fake);
    replacement.remove("public static void installReferenceDriver("
        + "java.util.function.BiFunction<java.lang.String, java.lang.Object, java.lang.Object>)");
    replacement.remove("public static void installReferenceFactory("
        + "java.util.function.BiFunction<java.lang.String, java.lang.Object[], java.lang.Object>)");
    replacement.remove("public static java.lang.Object referenceFactory(java.lang.String,"
        + "java.lang.Object[])");
    assertEquals(real, replacement);
  }

  private static Set<String> signatures(Class<?> type) {
    Set<String> out = new TreeSet<>();
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())) {
        out.add(m.toGenericString().replace(type.getName() + ".", ""));
      }
    }
    return out;
  }
}
