package dev.statecraft.tests.behaviour.tryfinally;

import static dev.statecraft.tests.behaviour.Sequences.assertEnded;
import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ResourcesTest {
  private final List<String> log = new ArrayList<>();

  @Test
  void resourcesStayOpenAcrossYieldsAndCloseInReverseOrder() {
    Iterator<String> it = ResourceTemplatesGen.twoResources(log).iterator();
    assertEquals("use a", it.next());
    assertEquals(List.of("open a", "open b"), log);
    assertEquals("use b", it.next());
    assertEquals(List.of("open a", "open b", "between"), log);
    assertEquals("after", it.next());
    assertEquals(List.of("open a", "open b", "between", "close b", "close a"), log);
    assertEnded(it);
  }

  @Test
  void closeFailureIsSuppressedByTheBodyFailure() {
    IllegalStateException body = new IllegalStateException("body");
    IllegalArgumentException close = new IllegalArgumentException("close");
    Iterator<String> it = ResourceTemplatesGen.bodyAndCloseFail(log, body, close).iterator();
    assertEquals("use", it.next());
    assertSame(body, assertThrows(IllegalStateException.class, it::hasNext));
    assertArrayEquals(new Throwable[] {close}, body.getSuppressed());
    assertEquals(List.of("open a", "open b", "close b", "close a"), log);
    assertEnded(it);
  }

  @Test
  void closeFailureAlone() {
    IllegalArgumentException close = new IllegalArgumentException("close");
    Iterator<String> it = ResourceTemplatesGen.onlyCloseFails(log, close).iterator();
    assertEquals("use", it.next());
    assertSame(close, assertThrows(IllegalArgumentException.class, it::hasNext));
    assertEnded(it);
  }

  @Test
  void nullResource() {
    assertYields(ResourceTemplatesGen.nullResource(log), "none is null", "after");
    assertEquals(List.of("open a", "close a"), log);
  }

  @Test
  void failedOpeningClosesTheEarlierResources() {
    Iterator<String> it = ResourceTemplatesGen.secondFailsToOpen(log).iterator();
    assertEquals("before", it.next());
    assertEquals("cannot open b", assertThrows(IllegalStateException.class, it::hasNext).getMessage());
    assertEquals(List.of("open a", "cannot open b", "close a"), log);
    assertEnded(it);
  }

  @Test
  void existingVariableAsResource() {
    assertYields(ResourceTemplatesGen.existingVariable(log), "opened", "use r", "after");
    assertEquals(List.of("open r", "close r"), log);
  }

  @Test
  void resourceIsClosedBeforeCatchAndFinally() {
    assertYields(ResourceTemplatesGen.withCatchAndFinally(log), "use", "catch sees [open r, close r]", "finally");
  }

  @Test
  void resourcePerIteration() {
    assertYields(ResourceTemplatesGen.perIteration(log, 3), "r0", "r0 again", "r1", "r2", "r2 again");
    assertEquals(List.of("open r0", "close r0", "open r1", "close r1", "open r2", "close r2"), log);
  }
}
