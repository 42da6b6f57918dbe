package dev.statecraft.tests.behaviour.protocol;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Exceptions of the body propagate unchanged from hasNext()/next(), and end the generator. */
class ExceptionPropagationTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void failureBeforeTheFirstElementComesOutOfTheFirstHasNext() {
    IllegalArgumentException failure = new IllegalArgumentException("boom");
    Iterator<String> it = FailureTemplatesGen.failAtStart(log, failure).iterator();
    assertEquals(List.of(), log, "creating the iterator runs nothing, so cannot throw");
    assertSame(failure, assertThrows(IllegalArgumentException.class, it::hasNext));
    assertEquals(List.of("start"), log);
    assertEnded(it);
    assertEquals(List.of("start"), log, "a failed generator never runs again");
  }

  @Test
  void failureComesOutOfNextWhenHasNextWasNotCalled() {
    IllegalArgumentException failure = new IllegalArgumentException("boom");
    Iterator<String> it = FailureTemplatesGen.failAtStart(log, failure).iterator();
    assertSame(failure, assertThrows(IllegalArgumentException.class, it::next));
    assertEnded(it);
  }

  @Test
  void checkedExceptionIsNotWrapped() {
    IOException failure = new IOException("disk");
    Iterator<Integer> it = FailureTemplatesGen.failAfterTwo(failure).iterator();
    assertEquals(1, it.next());
    assertEquals(2, it.next());
    Throwable thrown = assertThrows(Throwable.class, it::hasNext);
    assertSame(failure, thrown);
    assertEnded(it);
  }

  @Test
  void checkedExceptionFromNext() {
    IOException failure = new IOException("disk");
    Iterator<Integer> it = FailureTemplatesGen.failAfterTwo(failure).iterator();
    it.next();
    it.next();
    assertSame(failure, assertThrows(IOException.class, it::next));
    assertEnded(it);
  }

  @Test
  void plainCheckedExceptionIsNotWrapped() throws Exception {
    Exception failure = new Exception("checked");
    Iterator<String> it = FailureTemplatesGen.failChecked(failure);
    assertEquals("before", it.next());
    assertSame(failure, assertThrows(Exception.class, it::hasNext));
    assertEnded(it);
  }

  @Test
  void errorsPropagateUnchanged() {
    AssertionError failure = new AssertionError("bad");
    Iterator<String> it = FailureTemplatesGen.failWithError(failure).iterator();
    assertEquals("before", it.next());
    assertSame(failure, assertThrows(AssertionError.class, it::hasNext));
    assertEnded(it);

    StackOverflowError overflow = new StackOverflowError();
    Iterator<String> it2 = FailureTemplatesGen.failWithError(overflow).iterator();
    it2.next();
    assertSame(overflow, assertThrows(StackOverflowError.class, it2::next));
  }

  @Test
  void failureInsideTheYieldArgumentProducesNoElement() {
    Iterator<Integer> it = FailureTemplatesGen.parseAll(List.of("1", "x", "3"), log).iterator();
    assertEquals(1, it.next());
    NumberFormatException e = assertThrows(NumberFormatException.class, it::hasNext);
    assertEquals("For input string: \"x\"", e.getMessage());
    assertEnded(it);
    assertEquals(List.of("parse 1", "parse x"), log, "nothing after the failure runs");
  }

  @Test
  void aFailedRunDoesNotSpoilTheIterable() {
    Iterable<Integer> numbers = FailureTemplatesGen.parseAll(List.of("7", "x"), log);
    Iterator<Integer> first = numbers.iterator();
    assertEquals(7, first.next());
    assertThrows(NumberFormatException.class, first::next);
    Iterator<Integer> second = numbers.iterator();
    assertEquals(7, second.next(), "every iterator() is a fresh run");
    assertThrows(NumberFormatException.class, second::next);
  }

  @Test
  void checkedExceptionFromACalledMethod() {
    Iterator<String> it = FailureTemplatesGen.readAll(List.of("a", "!b", "c")).iterator();
    assertEquals("<a>", it.next());
    IOException e = assertThrows(IOException.class, it::next);
    assertEquals("cannot read !b", e.getMessage());
    assertEnded(it);
  }

  @Test
  void streamTerminalOperationThrowsTheSameObject() {
    IllegalStateException failure = new IllegalStateException("stream");
    Stream<Integer> s = FailureTemplatesGen.failingStream(failure);
    assertSame(failure, assertThrows(IllegalStateException.class, () -> s.collect(Collectors.toList())));
  }
}
