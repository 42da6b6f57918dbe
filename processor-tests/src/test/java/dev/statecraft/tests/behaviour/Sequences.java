package dev.statecraft.tests.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Assertions shared by the behaviour suites.
 *
 * <p>Every drain also checks the end of the iterator protocol (DESIGN.md, {@code @Generator}):
 * once {@code hasNext()} has said {@code false} it keeps saying so, and {@code next()} throws
 * {@link NoSuchElementException}. So each test that drains a generator checks its end too.
 */
public final class Sequences {
  private Sequences() {}

  /** Drains a fresh iterator of {@code actual} and compares the elements with {@code expected}. */
  @SafeVarargs
  public static <T> void assertYields(Iterable<? extends T> actual, T... expected) {
    assertEquals(Arrays.asList(expected), drain(actual.iterator()));
  }

  /** Drains {@code actual} and compares the elements with {@code expected}. */
  @SafeVarargs
  public static <T> void assertYields(Iterator<? extends T> actual, T... expected) {
    assertEquals(Arrays.asList(expected), drain(actual));
  }

  /** All remaining elements, asking {@code hasNext()} before each {@code next()}; checks the end. */
  public static <T> List<T> drain(Iterator<? extends T> iterator) {
    List<T> out = new ArrayList<>();
    while (iterator.hasNext()) {
      out.add(iterator.next());
    }
    assertEnded(iterator);
    return out;
  }

  /** The next {@code n} elements (fewer if the iterator ends first), consumed by {@code next()} alone. */
  public static <T> List<T> take(Iterator<? extends T> iterator, int n) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n && iterator.hasNext(); i++) {
      out.add(iterator.next());
    }
    return out;
  }

  /** An ended iterator stays ended: {@code hasNext()} is false twice, {@code next()} throws. */
  public static void assertEnded(Iterator<?> iterator) {
    assertFalse(iterator.hasNext(), "hasNext() after the end");
    assertFalse(iterator.hasNext(), "hasNext() is idempotent after the end");
    assertThrows(NoSuchElementException.class, iterator::next);
    assertFalse(iterator.hasNext(), "next() past the end does not revive the iterator");
  }
}
