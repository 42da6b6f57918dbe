package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.failureNow;
import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static dev.statecraft.tests.behaviour.async.Completions.valueNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Awaits in statement positions (DESIGN.md "Java constructs inside bodies"; issue: "conditions of
 * if/while/for/do, switch selectors and switch expressions, return expressions, variable
 * initialisers"), each with stages complete at once ({@code now}) and completed later by another
 * thread.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AwaitPositionsTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final List<Runnable> pending = new ArrayList<>();

  private <T> CompletableFuture<T> value(boolean now, T value) {
    if (now) {
      return CompletableFuture.completedFuture(value);
    }
    CompletableFuture<T> future = new CompletableFuture<>();
    pending.add(() -> future.complete(value));
    return future;
  }

  /** Completes the pending futures in creation order, each from another thread. */
  private void later() {
    for (Runnable completion : pending) {
      runOnThread("completer", completion);
    }
    pending.clear();
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void whileCondition(boolean now) {
    Script<Integer> next = Script.of(now, 3, 4, 0, 99);
    CompletableFuture<String> result = PositionTemplatesGen.whileCondition(next, log);
    next.drive();
    assertEquals("sum 7 last 0", valueNow(result));
    assertEquals(List.of("body 3", "body 4"), log);
    assertEquals(3, next.asked());
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void doWhileCondition(boolean now) {
    Script<Boolean> more = Script.of(now, true, true, false);
    CompletableFuture<Integer> result = PositionTemplatesGen.doWhileCondition(more, log);
    assertEquals(List.of("round 1"), log.subList(0, 1), "the body runs before the condition");
    more.drive();
    assertEquals(3, valueNow(result));
    assertEquals(List.of("round 1", "round 2", "round 3"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void forInitialiserConditionAndUpdate(boolean now) {
    Script<Integer> limit = Script.of(now, 10, 10, 10, 10, 10);
    CompletableFuture<Integer> start = CompletableFuture.completedFuture(1);
    CompletableFuture<Integer> step = CompletableFuture.completedFuture(3);
    CompletableFuture<String> result = PositionTemplatesGen.forParts(start, limit, step, log);
    limit.drive();
    assertEquals("1 4 7", valueNow(result));
    assertEquals(4, limit.asked(), "the condition is evaluated once per iteration and at the end");
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void forInitialiserAndUpdateCompletedLater(boolean now) {
    CompletableFuture<Integer> start = value(now, 2);
    CompletableFuture<Integer> step = value(now, 5);
    CompletableFuture<String> result = PositionTemplatesGen.forParts(start,
        () -> CompletableFuture.completedFuture(13), step, log);
    later();
    assertEquals("2 7 12", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void enhancedForOverAnAwaitedList(boolean now) {
    CompletableFuture<Integer> one = value(now, 1);
    CompletableFuture<Integer> two = value(now, 2);
    CompletableFuture<List<CompletableFuture<Integer>>> parts = value(now, List.of(one, two));
    CompletableFuture<Integer> result = PositionTemplatesGen.forEachAwaited(parts);
    Collections.rotate(pending, 1); // the list is awaited first
    later();
    assertEquals(3, valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void iteratorAdvancedAroundAwaits(boolean now) {
    List<CompletableFuture<String>> parts = List.of(value(now, "a"), value(now, "b"),
        value(now, "c"));
    CompletableFuture<String> result = PositionTemplatesGen.iteratorLoop(parts.iterator());
    later();
    assertEquals("abc", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void ifConditions(boolean now) {
    List<CompletableFuture<String>> results = new ArrayList<>();
    for (int n : new int[] {12, 7, 3}) {
      results.add(PositionTemplatesGen.ifConditions(value(now, n), log));
      later();
    }
    assertEquals("even", valueNow(results.get(0)));
    assertEquals("odd", valueNow(results.get(1)));
    assertEquals("odd", valueNow(results.get(2)));
    assertEquals(List.of("big", "medium", "small"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void switchStatementOnAnAwaitedInt(boolean now) {
    List<CompletableFuture<String>> results = new ArrayList<>();
    for (int n : new int[] {1, 2, 3, 4}) {
      results.add(PositionTemplatesGen.switchOnInt(value(now, n), log));
      later();
    }
    assertEquals(List.of("end", "end", "early", "end"),
        results.stream().map(Completions::valueNow).toList());
    assertEquals(List.of("one", "two or after one 1", "two or after one 2", "three", "default"),
        log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void switchStatementOnAnAwaitedString(boolean now) {
    CompletableFuture<String> a = PositionTemplatesGen.switchOnString(value(now, "a"));
    CompletableFuture<String> b = PositionTemplatesGen.switchOnString(value(now, "b"));
    CompletableFuture<String> c = PositionTemplatesGen.switchOnString(value(now, "c"));
    later();
    assertEquals("Aa", valueNow(a));
    assertEquals("Bb", valueNow(b));
    assertEquals("?", valueNow(c));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void switchStatementOnAnAwaitedEnum(boolean now) {
    CompletableFuture<String> red = PositionTemplatesGen.switchOnEnum(value(now, Color.RED));
    CompletableFuture<String> green = PositionTemplatesGen.switchOnEnum(value(now, Color.GREEN));
    CompletableFuture<String> blue = PositionTemplatesGen.switchOnEnum(value(now, Color.BLUE));
    later();
    assertEquals("stop", valueNow(red));
    assertEquals("go 1", valueNow(green));
    assertEquals("other", valueNow(blue));
  }

  @Test
  void aNullEnumSelectorThrowsNullPointerException() {
    CompletableFuture<Color> color = new CompletableFuture<>();
    CompletableFuture<String> result = PositionTemplatesGen.switchOnEnum(color);
    runOnThread("completer", () -> color.complete(null));
    assertInstanceOf(NullPointerException.class, failureNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void switchExpressionsWithAwaitingArms(boolean now) {
    CompletableFuture<String> one = PositionTemplatesGen.switchExpressions(value(now, 1),
        value(now, "ab"), new CompletableFuture<>());
    later();
    CompletableFuture<String> two = PositionTemplatesGen.switchExpressions(value(now, 2),
        new CompletableFuture<>(), value(now, "xy"));
    later();
    CompletableFuture<String> three = PositionTemplatesGen.switchExpressions(value(now, 3),
        new CompletableFuture<>(), new CompletableFuture<>());
    later();
    CompletableFuture<String> nine = PositionTemplatesGen.switchExpressions(value(now, 9),
        new CompletableFuture<>(), new CompletableFuture<>());
    later();
    assertEquals("ab3", valueNow(one));
    assertEquals("xyxy6", valueNow(two));
    assertEquals("three8", valueNow(three));
    Throwable failure = failureNow(nine);
    assertInstanceOf(IllegalArgumentException.class, failure);
    assertEquals("k 9", failure.getMessage());
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void returnExpressions(boolean now) {
    CompletableFuture<Integer> positive =
        PositionTemplatesGen.returnExpression(value(now, 4), value(now, 2));
    later();
    CompletableFuture<Integer> negative =
        PositionTemplatesGen.returnExpression(value(now, -5), new CompletableFuture<>());
    later();
    assertEquals(42, valueNow(positive));
    assertEquals(5, valueNow(negative));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void variableInitialisers(boolean now) {
    CompletableFuture<String> result = PositionTemplatesGen.initialisers(value(now, 2),
        value(now, 3), value(now, "s"));
    later();
    assertEquals("2 5 s 5", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void labelledBreakAndContinueAcrossAwaits(boolean now) {
    Script<Integer> next = Script.of(now, 1, 0, 1, 1, 0, 1, -1);
    CompletableFuture<String> result = PositionTemplatesGen.labelled(next, log);
    next.drive();
    assertEquals("00 10 11 20", valueNow(result));
    assertEquals(7, next.asked());
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void genericTemplate(boolean now) {
    CompletableFuture<String> result = PositionTemplatesGen.max(value(now, "pear"),
        value(now, "apple"));
    later();
    assertEquals("pear", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aLambdaCreatedBetweenAwaitsCapturesTheLocal(boolean now) {
    CompletableFuture<String> result = PositionTemplatesGen.lambdaBetweenAwaits(
        value(now, "ann"), value(now, "bob"));
    later();
    assertEquals("hi ann bob", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void wildcardStageTypes(boolean now) {
    List<Object> sink = new ArrayList<>();
    CompletableFuture<Number> number = value(now, 2);
    CompletableFuture<?> anything = value(now, "any");
    CompletableFuture<List<? super Integer>> sinkStage = value(now, sink);
    CompletableFuture<String> result =
        PositionTemplatesGen.wildcards(number, anything, sinkStage);
    later();
    assertEquals("2 any [2] 2.0", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void nestedAwait(boolean now) {
    CompletableFuture<Integer> inner = value(now, 41);
    CompletableFuture<CompletableFuture<Integer>> outer = value(now, inner);
    CompletableFuture<Integer> result = PositionTemplatesGen.awaitTwice(outer);
    Collections.reverse(pending);
    later();
    assertEquals(42, valueNow(result));
  }

  @Test
  void awaitAsAStatement() {
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> result = PositionTemplatesGen.awaitStatement(first, log);
    assertEquals(List.of("before"), log);
    assertFalse(result.isDone());
    runOnThread("completer", () -> first.complete("ignored"));
    assertEquals("ok", valueNow(result));
    assertEquals(List.of("before", "after"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anAwaitInAnArrayInitialiser(boolean now) {
    CompletableFuture<Integer> result = PositionTemplatesGen.arrayInitialiser(value(now, 10));
    later();
    assertEquals(14, valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anAwaitInAForInitialiser(boolean now) {
    CompletableFuture<String> result = PositionTemplatesGen.forInitialiser(value(now, 0));
    later();
    assertEquals("012", valueNow(result));
  }
}
