package dev.statecraft.tests.behaviour.protocol;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static dev.statecraft.tests.behaviour.Sequences.drain;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Iterable, Iterator and Stream results, and wildcard or parameterized element types. */
class ReturnTypesTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void iterableRunsAgainFromTheOriginalArgument() {
    Iterable<Integer> countdown = ReturnTypeTemplatesGen.countdown(3);
    assertYields(countdown, 3, 2, 1);
    assertYields(countdown, 3, 2, 1);
  }

  @Test
  void iteratorsOfOneIterableAreIndependent() {
    Iterable<Integer> countdown = ReturnTypeTemplatesGen.countdown(3);
    Iterator<Integer> a = countdown.iterator();
    Iterator<Integer> b = countdown.iterator();
    assertEquals(3, a.next());
    assertEquals(2, a.next());
    assertEquals(3, b.next(), "b starts from n = 3 although a has reassigned n");
    assertEquals(1, a.next());
    assertEquals(false, a.hasNext());
    assertEquals(2, b.next());
    Iterator<Integer> c = countdown.iterator();
    assertEquals(3, c.next());
    assertEquals(1, b.next());
    assertEquals(List.of(2, 1), drain(c));
  }

  @Test
  void reassignedReferenceParameterIsRestoredForEachRun() {
    Iterable<String> shrink = ReturnTypeTemplatesGen.shrink("abc");
    Iterator<String> first = shrink.iterator();
    first.next();
    first.next();
    assertYields(shrink, "abc", "bc", "c");
    assertEquals("c", first.next());
  }

  @Test
  void zeroRunsOfTheLoop() {
    assertYields(ReturnTypeTemplatesGen.countdown(0));
    assertYields(ReturnTypeTemplatesGen.shrink(""));
  }

  @Test
  void iteratorResult() {
    assertYields(ReturnTypeTemplatesGen.letters("hey"), 'h', 'e', 'y');
    Iterator<Character> a = ReturnTypeTemplatesGen.letters("ab");
    Iterator<Character> b = ReturnTypeTemplatesGen.letters("ab");
    assertEquals('a', a.next());
    assertEquals('b', a.next());
    assertEquals('a', b.next(), "each factory call is its own run");
  }

  @Test
  void streamResult() {
    assertEquals(List.of("ONE", "TWO", "THREE"),
        ReturnTypeTemplatesGen.words(log).map(String::toUpperCase).collect(Collectors.toList()));
    assertEquals(List.of("start", "end"), log);
  }

  @Test
  void streamWithLimit() {
    assertEquals(List.of("one", "two"), ReturnTypeTemplatesGen.words(log).limit(2).collect(Collectors.toList()));
    assertEquals(List.of("start"), log, "limit(2) must not run the body past the second element");
  }

  @Test
  void streamInTryWithResourcesRunsItsOnCloseHandlers() {
    try (Stream<String> s = ReturnTypeTemplatesGen.words(log).onClose(() -> log.add("closed"))) {
      assertEquals("one", s.findFirst().orElseThrow());
    }
    assertEquals(List.of("start", "closed"), log);
  }

  @Test
  void closingAnUnusedStreamNeverRunsTheBody() {
    Stream<String> s = ReturnTypeTemplatesGen.words(log);
    s.close();
    assertEquals(List.of(), log);
  }

  @Test
  void streamIteratorView() {
    Iterator<String> it = ReturnTypeTemplatesGen.words(log).iterator();
    assertEquals(List.of(), log);
    assertYields(it, "one", "two", "three");
  }

  @Test
  void wildcardElementTypes() {
    Iterable<? extends Number> numbers = ReturnTypeTemplatesGen.mixedNumbers();
    List<Number> seen = new ArrayList<>();
    for (Number n : numbers) {
      seen.add(n);
    }
    assertEquals(List.of(1, 2.5, 3L, 4), seen);

    List<String> text = new ArrayList<>();
    ReturnTypeTemplatesGen.mixedText().forEachRemaining(cs -> text.add(cs.toString()));
    assertEquals(List.of("plain", "builder"), text);

    assertEquals(List.of(1.5, 3.0), ReturnTypeTemplatesGen.numberStream(2).collect(Collectors.toList()));

    List<Object> objects = new ArrayList<>();
    ReturnTypeTemplatesGen.anything().forEach(objects::add);
    assertEquals(List.of(1, "two", List.of(3)), objects);
  }

  @Test
  void parameterizedElementTypes() {
    assertYields(ReturnTypeTemplatesGen.entries(3),
        Map.entry("k0", List.of(0, 0)), Map.entry("k1", List.of(1, 1)), Map.entry("k2", List.of(2, 4)));
    List<int[]> rows = drain(ReturnTypeTemplatesGen.arrays(3).iterator());
    assertEquals(3, rows.size());
    assertArrayEquals(new int[] {0}, rows.get(0));
    assertArrayEquals(new int[] {0, 1}, rows.get(1));
    assertArrayEquals(new int[] {0, 1, 2}, rows.get(2));
  }
}
