package dev.statecraft.tests.behaviour.protocol;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** hasNext/next/remove as DESIGN.md fixes them, and the re-entry guard. */
class IteratorProtocolTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void emptyGeneratorEndsAtOnce() {
    Iterator<String> it = ProtocolTemplatesGen.empty().iterator();
    assertFalse(it.hasNext());
    assertEnded(it);
  }

  @Test
  void nextOnAFreshEmptyGeneratorThrowsNoSuchElement() {
    Iterator<String> it = ProtocolTemplatesGen.empty().iterator();
    assertThrows(NoSuchElementException.class, it::next);
    assertEnded(it);
  }

  @Test
  void hasNextIsIdempotent() {
    Iterator<String> it = ProtocolTemplatesGen.two(log).iterator();
    assertTrue(it.hasNext());
    assertTrue(it.hasNext());
    assertTrue(it.hasNext());
    assertEquals("x", it.next(), "repeated hasNext() must not skip elements");
    assertTrue(it.hasNext());
    assertTrue(it.hasNext());
    assertEquals("y", it.next());
    assertEquals(List.of("run"), log, "the body ran once");
    assertEnded(it);
  }

  @Test
  void nextPastTheEndThrowsNoSuchElementEveryTime() {
    Iterator<String> it = ProtocolTemplatesGen.two(log).iterator();
    it.next();
    it.next();
    assertThrows(NoSuchElementException.class, it::next);
    assertThrows(NoSuchElementException.class, it::next);
    assertFalse(it.hasNext());
  }

  @Test
  void removeIsUnsupportedAndLeavesTheGeneratorUsable() {
    Iterator<String> it = ProtocolTemplatesGen.two(log).iterator();
    assertThrows(UnsupportedOperationException.class, it::remove);
    assertEquals(List.of(), log, "remove() must not start the body");
    assertEquals("x", it.next());
    assertThrows(UnsupportedOperationException.class, it::remove);
    assertEquals("y", it.next());
    assertEnded(it);
  }

  @Test
  void nullIsAnElement() {
    Iterator<String> it = ProtocolTemplatesGen.nulls().iterator();
    assertTrue(it.hasNext());
    assertNull(it.next());
    assertTrue(it.hasNext());
    assertNull(it.next());
    assertEquals("last", it.next());
    assertEnded(it);
  }

  @Test
  void elementsAreTheSameObjects() {
    Object a = new Object();
    Object b = new StringBuilder("b");
    Iterator<Object> it = ProtocolTemplatesGen.same(a, b).iterator();
    assertSame(a, it.next());
    assertSame(b, it.next());
    assertEnded(it);
  }

  @Test
  void generatedIteratorsAreAutoCloseableButTheIterableIsNot() {
    Iterable<String> iterable = ProtocolTemplatesGen.two(log);
    assertFalse(iterable instanceof AutoCloseable, "DESIGN.md: the Iterable itself is not AutoCloseable");
    assertTrue(iterable.iterator() instanceof AutoCloseable);
  }

  @Test
  void iterableDefaultMethodsWork() {
    List<String> seen = new ArrayList<>();
    ProtocolTemplatesGen.two(log).forEach(seen::add);
    assertEquals(List.of("x", "y"), seen);
    Spliterator<String> sp = ProtocolTemplatesGen.two(log).spliterator();
    assertTrue(sp.tryAdvance(seen::add));
    assertEquals(List.of("x", "y", "x"), seen);
  }

  @Test
  void forEachLoopOverTheIterable() {
    List<String> seen = new ArrayList<>();
    for (String s : ProtocolTemplatesGen.two(log)) {
      seen.add(s);
    }
    assertEquals(List.of("x", "y"), seen);
    assertYields(ProtocolTemplatesGen.empty());
  }

  @Test
  void reenteringFromTheBodyThrowsIllegalState() {
    AtomicReference<Iterator<Integer>> self = new AtomicReference<>();
    Iterator<Integer> it = ProtocolTemplatesGen.reenterHasNext(self);
    self.set(it);
    assertEquals(1, it.next());
    assertThrows(IllegalStateException.class, it::hasNext);
    assertEnded(it);
  }

  @Test
  void reenteringBeforeTheFirstElementThrowsIllegalState() {
    AtomicReference<Iterator<Integer>> self = new AtomicReference<>();
    Iterator<Integer> it = ProtocolTemplatesGen.reenterAtStart(self);
    self.set(it);
    assertThrows(IllegalStateException.class, it::next);
    assertEnded(it);
  }

  @Test
  void reentryIsAnExceptionTheBodyCanCatch() {
    AtomicReference<Iterator<Integer>> self = new AtomicReference<>();
    Iterator<Integer> it = ProtocolTemplatesGen.reenterCaught(self, log);
    self.set(it);
    assertYields(it, 1, 2);
    assertEquals(List.of("rejected"), log);
  }
}
