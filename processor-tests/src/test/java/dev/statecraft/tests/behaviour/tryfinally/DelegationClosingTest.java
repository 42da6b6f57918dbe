package dev.statecraft.tests.behaviour.tryfinally;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statecraft.runtime.Coroutines;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DelegationClosingTest {
  private final List<String> log = new ArrayList<>();

  /** A hand-written closeable iterator, not generated. */
  private final class CloseableIterator implements Iterator<String>, AutoCloseable {
    private int n;

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public String next() {
      return "c" + n++;
    }

    @Override
    public void close() {
      log.add("iterator closed");
    }
  }

  @Test
  void closingTheOuterClosesTheGeneratedDelegateFirst() {
    Iterator<String> it = DelegationCloseTemplatesGen.outer(log).iterator();
    assertEquals("o1", it.next());
    assertEquals("i1", it.next());
    Coroutines.close(it);
    assertEquals(List.of("inner finally", "outer finally"), log);
    assertEnded(it);
  }

  @Test
  void closingAfterTheDelegateFinishedRunsOnlyTheOuterFinally() {
    Iterator<String> it = DelegationCloseTemplatesGen.outer(log).iterator();
    for (int i = 0; i < 4; i++) {
      it.next();
    }
    assertEquals(List.of("inner finally"), log);
    Coroutines.close(it);
    assertEquals(List.of("inner finally", "outer finally"), log);
  }

  @Test
  void closingDuringYieldAllOfAStreamClosesTheStream() {
    Stream<String> source = Stream.iterate(0, i -> i + 1).map(i -> "s" + i).onClose(() -> log.add("stream closed"));
    Iterator<String> it = DelegationCloseTemplatesGen.overStream(source, log).iterator();
    assertEquals("s0", it.next());
    assertEquals("s1", it.next());
    Coroutines.close(it);
    assertEquals(List.of("stream closed", "finally"), log);
  }

  @Test
  void closingDuringYieldAllOfACloseableIteratorClosesIt() {
    Iterator<String> it = DelegationCloseTemplatesGen.overIterator(new CloseableIterator(), log).iterator();
    assertEquals("c0", it.next());
    Coroutines.close(it);
    assertEquals(List.of("iterator closed", "finally"), log);
  }

  @Test
  void closingADelegationChainRunsTheInnermostFinallyFirst() {
    Iterator<Integer> it = DelegationCloseTemplatesGen.chain(0, 3, log).iterator();
    assertEquals(0, it.next());
    assertEquals(1, it.next());
    assertEquals(2, it.next());
    Coroutines.close(it);
    assertEquals(List.of("level 2", "level 1", "level 0"), log);
    assertEnded(it);
  }
}
