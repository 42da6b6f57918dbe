package dev.statecraft.tests.behaviour.delegation;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static dev.statecraft.tests.behaviour.Sequences.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class YieldAllTest {
  private final List<String> log = new ArrayList<>();

  /** An Iterable recording each call made on it, so traces show how lazily it is drained. */
  private Iterable<String> logged(String... items) {
    return () -> {
      log.add("iterator()");
      Iterator<String> inner = Arrays.asList(items).iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return inner.hasNext();
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
  void iterableIteratorAndStream() {
    assertYields(YieldAllTemplatesGen.concat(List.of("a1", "a2"), List.of("b1").iterator(), Stream.of("c1", "c2")),
        "start", "a1", "a2", "mid 1", "b1", "mid 2", "c1", "c2", "end");
  }

  @Test
  void emptySources() {
    assertYields(YieldAllTemplatesGen.empties(), "a", "b");
  }

  @Test
  void delegationIsLazy() {
    Iterator<String> it = YieldAllTemplatesGen.around(logged("x", "y"), log).iterator();
    assertEquals(List.of(), log, "the source is not touched before the body reaches yieldAll");
    assertEquals("x", it.next());
    assertEquals(List.of("before", "iterator()", "next x"), log);
    assertTrue(it.hasNext());
    assertTrue(it.hasNext());
    assertEquals(List.of("before", "iterator()", "next x", "next y"), log, "one element at a time");
    assertEquals("y", it.next());
    assertEquals("own", it.next());
    assertEquals(List.of("before", "iterator()", "next x", "next y", "after"), log);
    assertEnded(it);
  }

  @Test
  void streamIsClosedWhenDrainedBeforeTheBodyGoesOn() {
    Stream<String> source = Stream.of("s1", "s2").peek(s -> log.add("peek " + s)).onClose(() -> log.add("closed"));
    Iterator<String> it = YieldAllTemplatesGen.aroundStream(source, log).iterator();
    assertEquals("s1", it.next());
    assertEquals("s2", it.next());
    assertEquals(List.of("before", "peek s1", "peek s2"), log, "not closed while elements may remain");
    assertEquals("own", it.next());
    assertEquals(List.of("before", "peek s1", "peek s2", "closed", "after"), log);
    assertEnded(it);
  }

  @Test
  void streamIsClosedWhenItFails() {
    IllegalStateException failure = new IllegalStateException("source failed");
    Stream<String> source = Stream.of("ok", "bad").map(s -> {
      if (s.equals("bad")) {
        throw failure;
      }
      return s;
    }).onClose(() -> log.add("closed"));
    Iterator<String> it = YieldAllTemplatesGen.aroundStream(source, log).iterator();
    assertEquals("ok", it.next());
    assertSame(failure, assertThrows(IllegalStateException.class, it::hasNext));
    assertEquals(List.of("before", "closed"), log);
    assertEnded(it);
  }

  @Test
  void failingIteratorPropagatesUnchanged() {
    UnsupportedOperationException failure = new UnsupportedOperationException("broken source");
    Iterable<String> broken = () -> new Iterator<>() {
      int n;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public String next() {
        if (n++ == 1) {
          throw failure;
        }
        return "first";
      }
    };
    Iterator<String> it = YieldAllTemplatesGen.around(broken, log).iterator();
    assertEquals("first", it.next());
    assertSame(failure, assertThrows(UnsupportedOperationException.class, it::next));
    assertEnded(it);
    assertEquals(List.of("before"), log);
  }

  @Test
  void sourceExpressionEvaluatedOnceWhenReached() {
    Iterator<Integer> it = YieldAllTemplatesGen.sourceEvaluatedWhenReached(log).iterator();
    assertEquals(0, it.next());
    assertEquals(List.of(), log);
    assertYields(it, 1, 2);
    assertEquals(List.of("source()"), log);
  }

  @Test
  void yieldAllInALoop() {
    assertYields(YieldAllTemplatesGen.chunks(List.of(List.of(1, 2), List.of(), List.of(3))), -1, 1, 2, -1, -1, 3);
  }

  @Test
  void sourcesOfASubtype() {
    assertYields(YieldAllTemplatesGen.covariant(List.of(1), Stream.of(2.5), List.of(3L).iterator()), 1, 2.5, 3L);
  }

  @Test
  void collectionsOfSeveralKinds() {
    Map<String, Integer> map = new LinkedHashMap<>();
    map.put("k1", 1);
    map.put("k2", 2);
    assertYields(YieldAllTemplatesGen.collections(map, new String[] {"x", "y"}, 2),
        "k1", "k2", "x", "y", "x2", "y2", "0", "1");
  }

  @Test
  void nullElementsFromADelegate() {
    assertYields(YieldAllTemplatesGen.withNulls(Arrays.asList("a", null, "b")), "a", null, "b", null);
  }

  @Test
  void delegationToGeneratedGenerators() {
    assertYields(YieldAllTemplatesGen.generated(), 0, 1, 100, 2, 3, 200, 4, 5);
  }

  @Test
  void infiniteDelegateStoppedByTheConsumer() {
    assertEquals(List.of(-1, 0, 1, 2), take(YieldAllTemplatesGen.infinite().iterator(), 4));
  }

  @Test
  void sameIterableDelegatedTwice() {
    assertYields(YieldAllTemplatesGen.twice(List.of(1, 2)), 1, 2, 1, 2);
    assertYields(YieldAllTemplatesGen.twice(YieldAllTemplatesGen.range(5, 7)), 5, 6, 5, 6);
  }
}
