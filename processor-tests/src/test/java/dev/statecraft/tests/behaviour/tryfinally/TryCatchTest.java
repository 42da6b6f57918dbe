package dev.statecraft.tests.behaviour.tryfinally;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TryCatchTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void noExceptionSkipsTheCatch() {
    assertYields(TryCatchTemplatesGen.yieldInTryAndCatch(log, false), "in try", "try done", "after");
    assertEquals(List.of("try"), log);
  }

  @Test
  void exceptionAfterResumingReachesTheCatch() {
    assertYields(TryCatchTemplatesGen.yieldInTryAndCatch(log, true), "in try", "in catch", "caught boom", "after");
    assertEquals(List.of("try", "catch boom"), log);
  }

  @Test
  void multiCatch() {
    assertYields(TryCatchTemplatesGen.multiCatch(1), "try 0", "try 1", "IllegalArgumentException", "arg 1", "try 2");
    assertYields(TryCatchTemplatesGen.multiCatch(2), "try 0", "try 1", "try 2", "IOException", "io 2");
  }

  @Test
  void nestedTriesUnwindInOrder() {
    assertYields(TryCatchTemplatesGen.nested(log), "inner try", "inner finally", "outer catch io", "outer finally", "end");
    assertEquals(List.of("inner finally", "outer catch"), log);
  }

  @Test
  void rethrowAfterYieldingInTheCatch() {
    IllegalStateException failure = new IllegalStateException("x");
    Iterator<String> it = TryCatchTemplatesGen.rethrow(failure).iterator();
    assertEquals("try", it.next());
    assertEquals("logged x", it.next());
    assertSame(failure, assertThrows(IllegalStateException.class, it::hasNext));
    assertEnded(it);
  }

  @Test
  void exceptionFromACatchPassesAFinallyThatYields() {
    Iterator<String> it = TryCatchTemplatesGen.throwFromCatchThroughFinally().iterator();
    assertEquals("try", it.next());
    assertEquals("catch", it.next());
    assertEquals("finally", it.next());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, it::hasNext);
    assertEquals("second", e.getMessage());
    assertEquals("first", e.getCause().getMessage());
    assertEnded(it);
  }

  @Test
  void failureOfAYieldAllSourceIsCaughtByTheTemplate() {
    Iterable<String> source = () -> new Iterator<>() {
      int n;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public String next() {
        if (n++ == 2) {
          throw new IllegalStateException("source broke");
        }
        return "s" + n;
      }
    };
    assertYields(TryCatchTemplatesGen.catchDelegateFailure(source), "s1", "s2", "caught source broke", "after");
    assertYields(TryCatchTemplatesGen.catchDelegateFailure(List.of("only")), "only", "source done", "after");
  }

  @Test
  void failureOfAGeneratedDelegateIsCaughtByTheTemplate() {
    assertYields(TryCatchTemplatesGen.catchGeneratedDelegateFailure(), "g0", "g1", "caught generator failed");
  }

  @Test
  void catchThatContinuesALoop() {
    assertYields(TryCatchTemplatesGen.parseSkippingErrors(List.of("1", "x", "2"), log), 1, 10, -1, 2, 20);
    assertEquals(List.of("skip x"), log);
  }
}
