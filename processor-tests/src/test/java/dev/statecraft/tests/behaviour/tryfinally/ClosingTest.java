package dev.statecraft.tests.behaviour.tryfinally;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statecraft.runtime.Coroutines;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DESIGN.md "Closing". */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClosingTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void closingBeforeTheFirstHasNextNeverRunsTheBody() throws Exception {
    Iterator<Integer> it = CloseTemplatesGen.oneFinally(log).iterator();
    ((AutoCloseable) it).close();
    assertEquals(List.of(), log);
    assertEnded(it);
    assertEquals(List.of(), log);
  }

  @Test
  void closingRunsThePendingFinallyOnceAndEndsTheGenerator() {
    Iterator<Integer> it = CloseTemplatesGen.oneFinally(log).iterator();
    assertEquals(1, it.next());
    Coroutines.close(it);
    assertEquals(List.of("start", "finally"), log);
    assertEnded(it);
    Coroutines.close(it);
    assertEquals(List.of("start", "finally"), log, "closing a closed generator does nothing");
  }

  @Test
  void closingAFinishedGeneratorDoesNothing() {
    Iterator<Integer> it = CloseTemplatesGen.oneFinally(log).iterator();
    while (it.hasNext()) {
      it.next();
    }
    Coroutines.close(it);
    assertEquals(List.of("start", "resumed after 1", "finally", "after"), log);
  }

  @Test
  void closingAGeneratorWithoutTryJustEndsIt() {
    Iterator<Integer> it = CloseTemplatesGen.noTry(log);
    assertEquals(1, it.next());
    Coroutines.close(it);
    assertEnded(it);
    assertEquals(List.of(), log);
  }

  @Test
  void pendingFinalliesRunInnermostFirst() {
    Iterator<Integer> it = CloseTemplatesGen.threeFinallies(log).iterator();
    it.next();
    Coroutines.close(it);
    assertEquals(List.of("f1", "f2", "f3"), log);
  }

  @Test
  void onlyTheFinalliesCoveringTheSuspensionRun() {
    Iterator<Integer> it = CloseTemplatesGen.onlyCoveringFinallies(log).iterator();
    assertEquals(0, it.next());
    assertEquals(1, it.next());
    assertEquals(List.of("done already"), log);
    Coroutines.close(it);
    assertEquals(List.of("done already", "pending"), log);
  }

  @Test
  void catchClausesNeverRunBecauseOfAClose() {
    Iterator<Integer> it = CloseTemplatesGen.catchesEverything(log).iterator();
    it.next();
    Coroutines.close(it);
    assertEquals(List.of("finally"), log);
  }

  @Test
  void firstFinallyFailureEscapesCloseWithLaterOnesSuppressed() {
    IllegalStateException inner = new IllegalStateException("inner");
    IllegalArgumentException outer = new IllegalArgumentException("outer");
    Iterator<Integer> it = CloseTemplatesGen.throwingFinallies(log, inner, outer).iterator();
    it.next();
    AutoCloseable closeable = (AutoCloseable) it;
    assertSame(inner, assertThrows(IllegalStateException.class, closeable::close));
    assertArrayEquals(new Throwable[] {outer}, inner.getSuppressed());
    assertEquals(List.of("inner", "middle", "outer"), log);
    assertEnded(it);
    assertEquals(List.of("inner", "middle", "outer"), log);
  }

  @Test
  void anOuterFinallyFailureAloneEscapesClose() {
    IllegalArgumentException outer = new IllegalArgumentException("outer");
    Iterator<Integer> it = CloseTemplatesGen.throwingFinallies(log, null, outer).iterator();
    it.next();
    assertSame(outer, assertThrows(IllegalArgumentException.class, () -> Coroutines.close(it)));
    assertEquals(List.of("inner", "middle", "outer"), log);
  }

  @Test
  void yieldReachedWhileClosingStopsTheClose() {
    Iterator<Integer> it = CloseTemplatesGen.yieldWhileClosing(log).iterator();
    assertEquals(1, it.next());
    assertThrows(IllegalStateException.class, () -> Coroutines.close(it));
    assertEquals(List.of("inner start"), log, "no catch sees the ISE and no further finally runs");
    assertEnded(it);
    Coroutines.close(it);
    assertEquals(List.of("inner start"), log);
  }

  @Test
  void closingInsideAFinallyRunsItsRestThenTheOuterOnes() {
    Iterator<Integer> it = CloseTemplatesGen.suspendedInFinally(log).iterator();
    assertEquals(1, it.next());
    assertEquals(2, it.next());
    assertEquals(List.of("inner start"), log);
    Coroutines.close(it);
    assertEquals(List.of("inner start", "inner rest", "outer"), log);
    assertEnded(it);
  }

  @ParameterizedTest
  @ValueSource(strings = {"break", "continue", "done"})
  void jumpOutOfAFinallyEndsTheClose(String jump) {
    Iterator<Integer> it = CloseTemplatesGen.jumpOutOfFinally(log, jump).iterator();
    assertEquals(0, it.next());
    Coroutines.close(it);
    assertEquals(List.of("finally 0"), log);
    assertEnded(it);
  }

  @Test
  void withoutJumpsTheSameTemplateRunsNormally() {
    Iterator<Integer> it = CloseTemplatesGen.jumpOutOfFinally(log, "none").iterator();
    assertEquals(0, it.next());
    assertEquals(1, it.next());
    Coroutines.close(it);
    assertEquals(List.of("finally 0", "after try 0", "finally 1"), log);
  }

  @Test
  void closingClosesPendingResourcesInReverseOrderOnce() {
    Iterator<Integer> it = CloseTemplatesGen.pendingResources(log).iterator();
    it.next();
    Coroutines.close(it);
    assertEquals(List.of("open a", "open b", "close b", "close a", "finally"), log);
    Coroutines.close(it);
    assertEquals(List.of("open a", "open b", "close b", "close a", "finally"), log);
  }

  @Test
  void resourceCloseFailuresDuringAClose() {
    IllegalStateException first = new IllegalStateException("b failed");
    IllegalArgumentException second = new IllegalArgumentException("a failed");
    Iterator<Integer> it = CloseTemplatesGen.failingResources(log, first, second).iterator();
    it.next();
    assertSame(first, assertThrows(IllegalStateException.class, () -> Coroutines.close(it)));
    assertArrayEquals(new Throwable[] {second}, first.getSuppressed());
    assertEquals(List.of("open a", "open b", "close b", "close a"), log);
  }

  @Test
  void streamCloseRunsTheGeneratorCloseBeforeTheCallersHandlers() {
    try (Stream<String> s = CloseTemplatesGen.stream(log).onClose(() -> log.add("caller onClose"))) {
      assertEquals("a", s.findFirst().orElseThrow());
    }
    assertEquals(List.of("generator finally", "caller onClose"), log);
  }

  @Test
  void closingAnUnstartedStreamRunsNothingOfTheBody() {
    Stream<String> s = CloseTemplatesGen.stream(log);
    s.close();
    assertEquals(List.of(), log);
  }

  @Test
  void forEachLoopDoesNotCloseItsIterator() {
    for (int x : CloseTemplatesGen.oneFinally(log)) {
      assertEquals(1, x);
      break;
    }
    assertEquals(List.of("start"), log, "a plain for-each never closes its iterator (DESIGN.md)");
  }

  @Test
  void closeToleratesNonCloseableIterators() {
    Iterator<String> plain = List.of("x").iterator();
    Coroutines.close(plain);
    assertTrue(plain.hasNext());
    assertFalse(CloseTemplatesGen.oneFinally(log) instanceof AutoCloseable);
  }
}
