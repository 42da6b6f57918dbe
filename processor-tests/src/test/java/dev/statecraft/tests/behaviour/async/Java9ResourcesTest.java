package dev.statecraft.tests.behaviour.async;

import static dev.statecraft.tests.behaviour.async.Completions.runOnThread;
import static dev.statecraft.tests.behaviour.async.Completions.valueNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Java 9 resources ({@code try (a; b)}) whose variables the machine renames. */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Java9ResourcesTest {
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void renamedFirstResourceClosesInReverseOrder(boolean now) {
    CompletableFuture<String> after = now ? CompletableFuture.completedFuture("after")
        : new CompletableFuture<>();
    CompletableFuture<String> result = Java9ResourceTemplatesGen.renamedFirst(after, log);
    if (!now) {
      assertFalse(result.isDone());
      runOnThread("completer", () -> after.complete("after"));
    }
    assertEquals("after 11", valueNow(result));
    assertEquals(List.of("scope", "open a", "open b", "body", "close b", "close a"), log);
  }

  @Test
  void renamedResourceFollowedByADeclaredOne() {
    CompletableFuture<String> result = Java9ResourceTemplatesGen.renamedThenDeclared(
        CompletableFuture.completedFuture("after"), log);
    assertEquals("after 1", valueNow(result));
    assertEquals(List.of("scope", "open a", "open c", "body c", "close c", "close a"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void resourcesAroundAnAwait(boolean now) {
    CompletableFuture<String> body = now ? CompletableFuture.completedFuture("x")
        : new CompletableFuture<>();
    CompletableFuture<String> result = Java9ResourceTemplatesGen.aroundAwait(body, log);
    if (!now) {
      assertFalse(result.isDone());
      assertEquals(List.of("open a", "open b"), log);
      runOnThread("completer", () -> body.complete("x"));
    }
    assertEquals("closed 11", valueNow(result));
    assertEquals(List.of("open a", "open b", "body x", "close b", "close a"), log);
  }

  @ParameterizedTest(name = "now={0}")
  @ValueSource(booleans = {true, false})
  void renamedResourcesAroundAnAwait(boolean now) {
    CompletableFuture<String> body = now ? CompletableFuture.completedFuture("x")
        : new CompletableFuture<>();
    CompletableFuture<String> result = Java9ResourceTemplatesGen.renamedAroundAwait(body, log);
    if (!now) {
      assertFalse(result.isDone());
      assertEquals(List.of("scopescope", "open a", "open b"), log);
      runOnThread("completer", () -> body.complete("x"));
    }
    assertEquals("closed 11", valueNow(result));
    assertEquals(List.of("scopescope", "open a", "open b", "body x", "close b", "close a"), log);
  }
}
