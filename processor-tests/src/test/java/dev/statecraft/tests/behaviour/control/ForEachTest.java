package dev.statecraft.tests.behaviour.control;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ForEachTest {
  private final List<String> log = new ArrayList<>();

  /** An Iterable that records every call the loop makes on it. */
  private Iterable<String> logged(String... items) {
    return () -> {
      log.add("iterator()");
      Iterator<String> inner = List.of(items).iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          boolean result = inner.hasNext();
          log.add("hasNext " + result);
          return result;
        }

        @Override
        public String next() {
          String s = inner.next();
          log.add("next " + s);
          return s;
        }
      };
    };
  }

  @Test
  void overObjectArray() {
    assertYields(ForEachTemplatesGen.upper(new String[] {"a", "b"}), "A", "B");
    assertYields(ForEachTemplatesGen.upper(new String[0]));
  }

  @Test
  void overPrimitiveArray() {
    assertYields(ForEachTemplatesGen.runningSum(new int[] {1, 2, 3, 4}), 1, 3, 6, 10);
  }

  @Test
  void arrayExpressionIsEvaluatedOnce() {
    assertYields(ForEachTemplatesGen.arrayExpressionOnce(log), 1, 2, 3);
    assertEquals(List.of("array expression"), log);
  }

  @Test
  void reassigningTheArrayVariableDoesNotChangeTheLoop() {
    assertYields(ForEachTemplatesGen.reassignArray(new int[] {1, 2, 3}), 1, 2, 3, 99);
  }

  @Test
  void writesIntoTheArrayAreSeenByLaterIterations() {
    int[] values = {1, 2, 3};
    assertYields(ForEachTemplatesGen.writeAhead(values), 1, 20, 30);
    assertArrayEquals(new int[] {1, 20, 30}, values);
  }

  @Test
  void overIterableInterleavesTheSourceAndTheBody() {
    Iterator<String> it = ForEachTemplatesGen.overIterable(logged("a", "b"), log).iterator();
    assertEquals(List.of(), log);
    assertEquals("a", it.next());
    assertEquals(List.of("iterator()", "hasNext true", "next a", "body a"), log);
    assertEquals("b", it.next());
    assertEquals(List.of("iterator()", "hasNext true", "next a", "body a", "hasNext true", "next b", "body b"), log);
    assertEnded(it);
    assertEquals(List.of("iterator()", "hasNext true", "next a", "body a", "hasNext true", "next b", "body b",
        "hasNext false", "end"), log);
  }

  @Test
  void nestedLoops() {
    assertYields(ForEachTemplatesGen.flatten(List.of(List.of(1, 2), List.of(), List.of(3))), 1, 2, -1, -1, 3, -1, 2, 0, 1);
    assertYields(ForEachTemplatesGen.matrix(new int[][] {{1, 2}, {}, {3}}),
        "cell 1", "cell 2", "row 12", "row ", "cell 3", "row 3");
  }

  @Test
  void wildcardAndEntryLoops() {
    Map<String, Double> map = new LinkedHashMap<>();
    map.put("x", 1.5);
    map.put("y", 2.5);
    assertYields(ForEachTemplatesGen.entries(map, List.of("ab", new StringBuilder("cde"))),
        "x", "x=1", "y", "y=2", "ab", "2", "cde", "3");
  }

  @Test
  void loopsOverGeneratedGenerators() {
    assertYields(ForEachTemplatesGen.pairs(4), "01", "02", "03", "12", "13", "23");
  }

  @Test
  void concurrentModificationPropagates() {
    List<String> list = new ArrayList<>(List.of("a", "b"));
    Iterator<String> it = ForEachTemplatesGen.modifyWhileIterating(list).iterator();
    assertEquals("a", it.next());
    assertThrows(ConcurrentModificationException.class, it::hasNext);
    assertEnded(it);
  }
}
