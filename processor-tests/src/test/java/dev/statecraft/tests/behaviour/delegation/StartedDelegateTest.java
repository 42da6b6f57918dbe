package dev.statecraft.tests.behaviour.delegation;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statecraft.runtime.Coroutines;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A generated generator handed to yieldAll after it was partly consumed goes on exactly where
 * its consumer left it, also when it stopped inside a yieldAll of its own (the runtime adopts
 * such a delegate into the outer chain only when that loses nothing).
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StartedDelegateTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void startedInsideYieldAllOfAGeneratedGenerator() {
    Iterator<Integer> started = StartedDelegateTemplatesGen.overGenerated(0, 3);
    assertEquals(100, started.next());
    assertEquals(0, started.next());
    assertYields(StartedDelegateTemplatesGen.around(started), -1, 1, 2, 200, -2);
    assertEnded(started);
  }

  @Test
  void startedInsideYieldAllOfAList() {
    Iterator<Integer> started = StartedDelegateTemplatesGen.overList(List.of(0, 1, 2));
    assertEquals(100, started.next());
    assertEquals(0, started.next());
    assertYields(StartedDelegateTemplatesGen.around(started), -1, 1, 2, 200, -2);
    assertEnded(started);
  }

  @Test
  void startedButNotDelegating() {
    Iterator<Integer> started = StartedDelegateTemplatesGen.overGenerated(0, 2);
    assertEquals(100, started.next());
    assertYields(StartedDelegateTemplatesGen.around(started), -1, 0, 1, 200, -2);
  }

  @Test
  void closingClosesTheAdoptedDelegatesPendingSourceThenRunsTheFinallyBlocksInnermostFirst() {
    Iterator<String> started = StartedDelegateTemplatesGen.guarded(new CloseableIterator(), log);
    assertEquals("s0", started.next());
    Iterator<String> outer = StartedDelegateTemplatesGen.aroundGuarded(started, log).iterator();
    assertEquals("s1", outer.next());
    assertEquals("s2", outer.next());
    Coroutines.close(outer);
    assertEquals(List.of("source closed", "inner finally", "outer finally"), log);
    assertEnded(outer);
    assertEnded(started);
  }

  /** Endless s0, s1, ...; logs its close. */
  private final class CloseableIterator implements Iterator<String>, AutoCloseable {
    private int n;

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public String next() {
      return "s" + n++;
    }

    @Override
    public void close() {
      log.add("source closed");
    }
  }
}
