package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.failureNow;
import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static dev.statecraft.tests.behaviour.async.Completions.valueNow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code await} in every position of an assignment to an array element or a field, with Java's
 * evaluation order (JLS 15.26.1, 15.26.2, 15.14.2, 15.15.1; DESIGN.md: "await may appear inside
 * any expression"). Each awaited future is completed before the call, completed later by
 * another thread, or failed (now or later); the expected values are what the same Java
 * expression computes. Where it matters, the test changes the element or field while the
 * machine is suspended: Java already read the old value.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CompoundAssignmentTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final IllegalStateException boom = new IllegalStateException("boom");

  /** How an awaited future completes. */
  enum Settle {
    NOW, LATER, FAILED_NOW, FAILED_LATER;

    boolean pending() {
      return this == LATER || this == FAILED_LATER;
    }

    boolean fails() {
      return this == FAILED_NOW || this == FAILED_LATER;
    }
  }

  private <T> CompletableFuture<T> future(Settle settle, T value) {
    return switch (settle) {
      case NOW -> CompletableFuture.completedFuture(value);
      case FAILED_NOW -> CompletableFuture.failedFuture(boom);
      default -> new CompletableFuture<>();
    };
  }

  /** Settles a pending future from another thread (the machine resumes there). */
  private <T> void settle(Settle settle, CompletableFuture<T> future, T value) {
    if (settle == Settle.LATER) {
      runOnThread("completer", () -> future.complete(value));
    } else if (settle == Settle.FAILED_LATER) {
      runOnThread("failer", () -> future.completeExceptionally(boom));
    }
  }

  /** Checks the outcome: {@code expected}, or the awaited failure when the future failed. */
  private void assertOutcome(Settle settle, Object expected, CompletableFuture<?> result) {
    if (settle.fails()) {
      assertSame(boom, failureNow(result));
    } else {
      assertEquals(expected, valueNow(result));
    }
  }

  @ParameterizedTest
  @EnumSource(Settle.class)
  void elementReadBeforeTheRightSide(Settle settle) {
    int[] a = {10, 20, 30};
    CompletableFuture<Integer> v = future(settle, 4);
    CompletableFuture<Integer> result = CompoundTemplatesGen.element(log, a, 1, v);
    assertEquals(List.of("array", "index", "stage value"), log.subList(0, 3));
    int expected = 20;
    expected -= 4;
    if (settle.pending()) {
      assertFalse(result.isDone());
      a[1] = 100; // changed while suspended: Java already read 20
      settle(settle, v, 4);
    }
    assertOutcome(settle, expected, result);
    if (settle.fails()) {
      assertEquals(List.of("array", "index", "stage value"), log);
      assertEquals(settle.pending() ? 100 : 20, a[1], "nothing stored");
    } else {
      assertEquals(List.of("array", "index", "stage value", "stored " + expected), log);
      assertArrayEquals(new int[] {10, expected, 30}, a);
    }
  }

  @Test
  void nullArrayOrBadIndexThrowsBeforeTheRightSide() {
    CompletableFuture<Integer> nullArray =
        CompoundTemplatesGen.element(log, null, 0, new CompletableFuture<>());
    assertInstanceOf(NullPointerException.class, failureNow(nullArray));
    CompletableFuture<Integer> badIndex =
        CompoundTemplatesGen.element(log, new int[2], 2, new CompletableFuture<>());
    assertInstanceOf(ArrayIndexOutOfBoundsException.class, failureNow(badIndex));
    assertEquals(List.of("array", "index", "array", "index"), log,
        "JLS 15.26.2: the right side is not evaluated");
  }

  @ParameterizedTest
  @EnumSource(Settle.class)
  void awaitedIndexOfACompoundAssignment(Settle settle) {
    int[] a = {1, 2, 3};
    CompletableFuture<Integer> i = future(settle, 2);
    CompletableFuture<String> result = CompoundTemplatesGen.awaitedIndex(log, a, i);
    assertEquals(List.of("array", "stage index"), log.subList(0, 2));
    settle(settle, i, 2);
    int[] expected = {1, 2, 3};
    expected[2] *= 3;
    assertOutcome(settle, Arrays.toString(expected), result);
    assertEquals(settle.fails() ? List.of("array", "stage index")
        : List.of("array", "stage index", "value"), log);
  }

  @ParameterizedTest
  @EnumSource(value = Settle.class, names = {"NOW", "LATER"})
  void awaitedIndexIntoANullOrShortArrayThrowsAfterTheIndexBeforeTheRightSide(Settle settle) {
    CompletableFuture<Integer> i = future(settle, 1);
    CompletableFuture<String> nullArray = CompoundTemplatesGen.awaitedIndex(log, null, i);
    settle(settle, i, 1);
    assertInstanceOf(NullPointerException.class, failureNow(nullArray));
    CompletableFuture<Integer> j = future(settle, 1);
    CompletableFuture<String> shortArray = CompoundTemplatesGen.awaitedIndex(log, new int[1], j);
    assertEquals(settle.pending(), !shortArray.isDone(), "suspends at the index first");
    settle(settle, j, 1);
    assertInstanceOf(ArrayIndexOutOfBoundsException.class, failureNow(shortArray));
    assertEquals(List.of("array", "stage index", "array", "stage index"), log,
        "JLS 15.26.2: the right side is not evaluated");
  }

  @ParameterizedTest
  @EnumSource(Settle.class)
  void awaitedIndexOfASimpleAssignment(Settle settle) {
    int[] a = {1, 2, 3};
    CompletableFuture<Integer> i = future(settle, 0);
    CompletableFuture<String> result = CompoundTemplatesGen.assignAwaitedIndex(log, a, i);
    settle(settle, i, 0);
    assertOutcome(settle, Arrays.toString(new int[] {7, 2, 3}), result);
    assertEquals(settle.fails() ? List.of("array", "stage index")
        : List.of("array", "stage index", "value"), log);
  }

  @ParameterizedTest
  @EnumSource(value = Settle.class, names = {"NOW", "LATER"})
  void simpleAssignmentEvaluatesTheRightSideBeforeTheNullAndBoundsChecks(Settle settle) {
    CompletableFuture<Integer> i = future(settle, 0);
    CompletableFuture<String> nullArray = CompoundTemplatesGen.assignAwaitedIndex(log, null, i);
    settle(settle, i, 0);
    assertInstanceOf(NullPointerException.class, failureNow(nullArray));
    CompletableFuture<Integer> j = future(settle, 5);
    CompletableFuture<String> shortArray =
        CompoundTemplatesGen.assignAwaitedIndex(log, new int[1], j);
    settle(settle, j, 5);
    assertInstanceOf(ArrayIndexOutOfBoundsException.class, failureNow(shortArray));
    assertEquals(List.of("array", "stage index", "value", "array", "stage index", "value"), log,
        "JLS 15.26.1: the right side is evaluated first");
  }

  @ParameterizedTest
  @EnumSource(Settle.class)
  void incrementAndDecrementOfAnElementWhoseIndexAwaits(Settle settle) {
    int[] a = {5, 6, 7};
    CompletableFuture<Integer> i = future(settle, 1);
    CompletableFuture<String> result = CompoundTemplatesGen.increments(log, a, i);
    assertEquals(List.of("array", "stage post"), log.subList(0, 2));
    settle(settle, i, 1);
    int[] expected = {5, 6, 7};
    int post = expected[1]++;
    int pre = --expected[1 + 1];
    assertOutcome(settle, post + " " + pre + " " + Arrays.toString(expected), result);
    assertEquals(settle.fails() ? List.of("array", "stage post")
        : List.of("array", "stage post", "array", "stage pre"), log);
  }

  @Test
  void incrementOfAnElementOfANullArrayThrowsAfterTheIndex() {
    CompletableFuture<Integer> i = new CompletableFuture<>();
    CompletableFuture<String> result = CompoundTemplatesGen.increments(log, null, i);
    assertFalse(result.isDone());
    settle(Settle.LATER, i, 0);
    assertInstanceOf(NullPointerException.class, failureNow(result));
    assertEquals(List.of("array", "stage post"), log);
  }

  @ParameterizedTest
  @EnumSource(value = Settle.class, names = {"NOW", "LATER"})
  void narrowingBackToTheElementType(Settle settle) {
    byte[] b = {120};
    char[] c = {5};
    short[] s = {30000};
    CompletableFuture<Integer> n = future(settle, 10);
    CompletableFuture<Double> d = future(settle, 2.5);
    CompletableFuture<String> result = CompoundTemplatesGen.narrowing(b, c, s, n, d);
    settle(settle, n, 10);
    settle(settle, d, 2.5);
    byte eb = 120;
    eb += 10;
    char ec = 5;
    ec -= 10;
    short es = 30000;
    es *= 2.5;
    long ew = -1L;
    ew >>>= 10;
    boolean ef = true;
    ef &= 10 < 100;
    assertEquals(eb + " " + (int) ec + " " + es + " " + ew + " " + ef, valueNow(result));
    assertArrayEquals(new byte[] {eb}, b);
    assertArrayEquals(new char[] {ec}, c);
    assertArrayEquals(new short[] {es}, s);
  }

  @ParameterizedTest
  @EnumSource(Settle.class)
  void stringElementAppendedAfterItsOldValueWasRead(Settle settle) {
    String[] s = {"a", null};
    CompletableFuture<String> g = future(settle, "g");
    CompletableFuture<String> result = CompoundTemplatesGen.strings(log, s, 1, g);
    assertEquals(List.of("array", "index", "stage value"), log);
    if (settle.pending()) {
      s[1] = "changed"; // Java already read null
    }
    settle(settle, g, "g");
    String expected = null;
    expected += "x" + "g";
    assertOutcome(settle, "a|" + expected, result);
  }

  @ParameterizedTest
  @EnumSource(value = Settle.class, names = {"NOW", "LATER"})
  void aNullBoxedElementIsUnboxedAfterTheRightSide(Settle settle) {
    Integer[] present = {5};
    CompletableFuture<Integer> v = future(settle, 2);
    CompletableFuture<String> sum = CompoundTemplatesGen.boxed(log, present, v);
    settle(settle, v, 2);
    assertEquals("[7]", valueNow(sum));
    CompletableFuture<Integer> w = future(settle, 2);
    CompletableFuture<String> result = CompoundTemplatesGen.boxed(log, new Integer[1], w);
    assertEquals(settle.pending(), !result.isDone(), "suspends before unboxing");
    settle(settle, w, 2);
    assertInstanceOf(NullPointerException.class, failureNow(result));
    assertEquals(List.of("stage value", "stored", "stage value"), log);
  }

  @ParameterizedTest
  @EnumSource(Settle.class)
  void fieldsThroughAReceiverThisAndTheClassName(Settle settle) {
    CompoundTemplates self = new CompoundTemplates();
    CompoundTemplates other = new CompoundTemplates();
    self.total = 100;
    other.total = 1;
    CompoundTemplates.counter = 3;
    CompletableFuture<Integer> v = future(settle, 2);
    CompletableFuture<String> result = CompoundTemplatesGen.fields(self, log, other, v);
    assertEquals(List.of("receiver", "stage v1"), log.subList(0, 2));
    if (settle.pending()) {
      other.total = 50; // Java already read 1
    }
    settle(settle, v, 2);
    int otherTotal = 1;
    otherTotal += 2;
    int selfTotal = 100;
    selfTotal -= 2;
    int count = 3;
    count <<= 2;
    assertOutcome(settle, otherTotal + " " + selfTotal + " " + count, result);
    assertEquals(settle.fails() ? List.of("receiver", "stage v1")
        : List.of("receiver", "stage v1", "stage v2", "stage v3"), log);
  }

  @Test
  void aNullReceiverThrowsBeforeTheRightSide() {
    CompletableFuture<String> result = CompoundTemplatesGen.fields(new CompoundTemplates(), log,
        null, new CompletableFuture<>());
    assertInstanceOf(NullPointerException.class, failureNow(result));
    assertEquals(List.of("receiver"), log, "JLS 15.26.2: the right side is not evaluated");
  }

  @ParameterizedTest
  @EnumSource(value = Settle.class, names = {"NOW", "LATER"})
  void parenthesizedVariablesAreEvaluatedOnceBeforeTheRightSide(Settle settle) {
    int[] a = {1, 2};
    CompletableFuture<Integer> v = future(settle, 10);
    CompletableFuture<String> result = CompoundTemplatesGen.parenthesized(log, a, v);
    assertEquals(List.of("array1", "index1", "stage v1"), log.subList(0, 3));
    settle(settle, v, 10);
    assertEquals("[11, 10]", valueNow(result));
    assertEquals(List.of("array1", "index1", "stage v1", "array2", "index2", "stage v2"), log);
  }

  @ParameterizedTest
  @EnumSource(value = Settle.class, names = {"NOW", "LATER"})
  void compoundAssignmentInsideTheRightSideOfAnother(Settle settle) {
    int[] a = {1, 2};
    CompletableFuture<Integer> v = future(settle, 3);
    CompletableFuture<String> result = CompoundTemplatesGen.nested(log, a, v);
    if (settle.pending()) {
      a[0] = 1000; // both old values were read before the suspension
      a[1] = 2000;
    }
    settle(settle, v, 3);
    int[] e = {1, 2};
    int r = e[0] += (e[1] += 3) * 10;
    assertEquals(r + " " + Arrays.toString(e), valueNow(result));
    assertEquals(List.of("outer", "inner", "stage v"), log);
  }
}
