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
  private final PendingFutures futures = new PendingFutures();

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
    CompletableFuture<Integer> start = futures.value(now, 2);
    CompletableFuture<Integer> step = futures.value(now, 5);
    CompletableFuture<String> result = PositionTemplatesGen.forParts(start,
        () -> CompletableFuture.completedFuture(13), step, log);
    futures.completeAll();
    assertEquals("2 7 12", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void enhancedForOverAnAwaitedList(boolean now) {
    CompletableFuture<Integer> one = futures.value(now, 1);
    CompletableFuture<Integer> two = futures.value(now, 2);
    CompletableFuture<List<CompletableFuture<Integer>>> parts = futures.value(now, List.of(one,
        two));
    CompletableFuture<Integer> result = PositionTemplatesGen.forEachAwaited(parts);
    futures.completeNewestFirst(); // the list is awaited first
    assertEquals(3, valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void iteratorAdvancedAroundAwaits(boolean now) {
    List<CompletableFuture<String>> parts = List.of(futures.value(now, "a"), futures.value(now,
        "b"),
        futures.value(now, "c"));
    CompletableFuture<String> result = PositionTemplatesGen.iteratorLoop(parts.iterator());
    futures.completeAll();
    assertEquals("abc", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void ifConditions(boolean now) {
    List<CompletableFuture<String>> results = new ArrayList<>();
    for (int n : new int[] {12, 7, 3}) {
      results.add(PositionTemplatesGen.ifConditions(futures.value(now, n), log));
      futures.completeAll();
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
      results.add(PositionTemplatesGen.switchOnInt(futures.value(now, n), log));
      futures.completeAll();
    }
    assertEquals(List.of("end", "end", "early", "end"),
        results.stream().map(Completions::valueNow).toList());
    assertEquals(List.of("one", "two or after one 1", "two or after one 2", "three", "default"),
        log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void switchStatementOnAnAwaitedString(boolean now) {
    CompletableFuture<String> a = PositionTemplatesGen.switchOnString(futures.value(now, "a"));
    CompletableFuture<String> b = PositionTemplatesGen.switchOnString(futures.value(now, "b"));
    CompletableFuture<String> c = PositionTemplatesGen.switchOnString(futures.value(now, "c"));
    futures.completeAll();
    assertEquals("Aa", valueNow(a));
    assertEquals("Bb", valueNow(b));
    assertEquals("?", valueNow(c));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void switchStatementOnAnAwaitedEnum(boolean now) {
    CompletableFuture<String> red = PositionTemplatesGen.switchOnEnum(futures.value(now,
        Color.RED));
    CompletableFuture<String> green = PositionTemplatesGen.switchOnEnum(futures.value(now,
        Color.GREEN));
    CompletableFuture<String> blue = PositionTemplatesGen.switchOnEnum(futures.value(now,
        Color.BLUE));
    futures.completeAll();
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
    CompletableFuture<String> one = PositionTemplatesGen.switchExpressions(futures.value(now, 1),
        futures.value(now, "ab"), new CompletableFuture<>());
    futures.completeAll();
    CompletableFuture<String> two = PositionTemplatesGen.switchExpressions(futures.value(now, 2),
        new CompletableFuture<>(), futures.value(now, "xy"));
    futures.completeAll();
    CompletableFuture<String> three = PositionTemplatesGen.switchExpressions(futures.value(now, 3),
        new CompletableFuture<>(), new CompletableFuture<>());
    futures.completeAll();
    CompletableFuture<String> nine = PositionTemplatesGen.switchExpressions(futures.value(now, 9),
        new CompletableFuture<>(), new CompletableFuture<>());
    futures.completeAll();
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
        PositionTemplatesGen.returnExpression(futures.value(now, 4), futures.value(now, 2));
    futures.completeAll();
    CompletableFuture<Integer> negative =
        PositionTemplatesGen.returnExpression(futures.value(now, -5), new CompletableFuture<>());
    futures.completeAll();
    assertEquals(42, valueNow(positive));
    assertEquals(5, valueNow(negative));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void variableInitialisers(boolean now) {
    CompletableFuture<String> result = PositionTemplatesGen.initialisers(futures.value(now, 2),
        futures.value(now, 3), futures.value(now, "s"));
    futures.completeAll();
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
    CompletableFuture<String> result = PositionTemplatesGen.max(futures.value(now, "pear"),
        futures.value(now, "apple"));
    futures.completeAll();
    assertEquals("pear", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aLambdaCreatedBetweenAwaitsCapturesTheLocal(boolean now) {
    CompletableFuture<String> result = PositionTemplatesGen.lambdaBetweenAwaits(
        futures.value(now, "ann"), futures.value(now, "bob"));
    futures.completeAll();
    assertEquals("hi ann bob", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void wildcardStageTypes(boolean now) {
    List<Object> sink = new ArrayList<>();
    CompletableFuture<Number> number = futures.value(now, 2);
    CompletableFuture<?> anything = futures.value(now, "any");
    CompletableFuture<List<? super Integer>> sinkStage = futures.value(now, sink);
    CompletableFuture<String> result =
        PositionTemplatesGen.wildcards(number, anything, sinkStage);
    futures.completeAll();
    assertEquals("2 any [2] 2.0", valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void nestedAwait(boolean now) {
    CompletableFuture<Integer> inner = futures.value(now, 41);
    CompletableFuture<CompletableFuture<Integer>> outer = futures.value(now, inner);
    CompletableFuture<Integer> result = PositionTemplatesGen.awaitTwice(outer);
    futures.completeNewestFirst(); // the outer future is awaited first
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
    CompletableFuture<Integer> result = PositionTemplatesGen.arrayInitialiser(futures.value(now,
        10));
    futures.completeAll();
    assertEquals(14, valueNow(result));
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void anAwaitInAForInitialiser(boolean now) {
    CompletableFuture<String> result = PositionTemplatesGen.forInitialiser(futures.value(now, 0));
    futures.completeAll();
    assertEquals("012", valueNow(result));
  }
}
