package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.failureNow;
import static dev.statecraft.tests.behaviour.async.Completions.valueNow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resources opened after an await in an earlier initializer (finding 12 of the differential
 * test), with the awaited stages complete before ({@code now = true}) or completed later by
 * another thread.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ResourceAwaitTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final PendingFutures futures = new PendingFutures();

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aResourceAfterOneWhoseInitializerAwaits(boolean now) {
    CompletableFuture<String> result = ResourceAwaitTemplatesGen.awaitInFirst(futures.value(now,
        "1"), log);
    futures.completeAll();
    assertEquals("done", valueNow(result));
    assertEquals(List.of("open a1", "open b", "body a1 b", "close b", "close a1"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aSecondInitializerThatAwaits(boolean now) {
    CompletableFuture<String> result =
        ResourceAwaitTemplatesGen.awaitInSecond(futures.value(now, "2"), log);
    futures.completeAll();
    assertEquals("done", valueNow(result));
    assertEquals(List.of("open a", "open b2", "body a b2", "close b2", "close a"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void threeResourcesWithAwaitsInInitializersAndBody(boolean now) {
    CompletableFuture<String> result = ResourceAwaitTemplatesGen.three(futures.value(now, "1"),
        futures.value(now, "2"), futures.value(now, "x"), log);
    futures.completeAll();
    assertEquals("a1b2c", valueNow(result));
    assertEquals(List.of("open a1", "open b2", "open c", "body a1 b2 c x", "close c",
        "close b2", "close a1", "finally"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aFailedAwaitInAnInitializerClosesTheEarlierResourcesOnly(boolean now) {
    IllegalStateException bad = new IllegalStateException("awaited");
    CompletableFuture<String> result = ResourceAwaitTemplatesGen.three(futures.value(now, "1"),
        futures.failure(now, bad), futures.value(now, "x"), log);
    futures.completeAll();
    assertSame(bad, failureNow(result));
    assertEquals(List.of("open a1", "close a1", "finally"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aThrowingInitializerAfterAnAwaitSuppressesTheEarlierCloseFailure(boolean now) {
    IllegalStateException failure = new IllegalStateException("open b");
    IllegalArgumentException closeFailure = new IllegalArgumentException("close a");
    CompletableFuture<String> result = ResourceAwaitTemplatesGen.failingInitializer(
        futures.value(now, "2"), failure, closeFailure, log);
    futures.completeAll();
    assertEquals("caught", valueNow(result));
    assertEquals(List.of("open a", "cannot open b2", "close a", "caught open b suppressed 1",
        "finally"), log);
    assertArrayEquals(new Throwable[] {closeFailure}, failure.getSuppressed());
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void noInitializerFails(boolean now) {
    CompletableFuture<String> result = ResourceAwaitTemplatesGen.failingInitializer(
        futures.value(now, "2"), null, null, log);
    futures.completeAll();
    assertEquals("done", valueNow(result));
    assertEquals(List.of("open a", "open b2", "open c", "body a b2 c", "close c", "close b2",
        "close a", "finally"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aFailingBodyClosesEveryResourceAndKeepsTheCloseFailureSuppressed(boolean now) {
    IllegalStateException bodyFailure = new IllegalStateException("body");
    IllegalArgumentException closeFailure = new IllegalArgumentException("close b");
    CompletableFuture<String> result = ResourceAwaitTemplatesGen.failingBody(futures.value(now,
        "1"),
        futures.failure(now, bodyFailure), closeFailure, log);
    futures.completeAll();
    assertSame(bodyFailure, failureNow(result));
    assertEquals(List.of("open a1", "open b", "close b", "close a1"), log);
    assertArrayEquals(new Throwable[] {closeFailure}, bodyFailure.getSuppressed());
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void aCloseFailureAfterASuccessfulBodyFailsTheResult(boolean now) {
    IllegalArgumentException closeFailure = new IllegalArgumentException("close b");
    CompletableFuture<String> result = ResourceAwaitTemplatesGen.failingBody(futures.value(now,
        "1"),
        futures.value(now, "ok"), closeFailure, log);
    futures.completeAll();
    assertSame(closeFailure, failureNow(result));
    assertEquals(List.of("open a1", "open b", "body ok", "close b", "close a1"), log);
  }
}
