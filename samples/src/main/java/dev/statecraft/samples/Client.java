package dev.statecraft.samples;

import static dev.statecraft.runtime.Coroutines.*;
import static java.util.concurrent.CompletableFuture.completedFuture;
import static java.util.concurrent.TimeUnit.MILLISECONDS;

import dev.statecraft.Async;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Sample 4: an HTTP client written as straight-line code with {@code await}.
 *
 * <p>No thread waits for a response: each {@code await} of a pending request suspends the
 * machine, and the thread that completes the request resumes it. Loops, {@code try}/{@code
 * catch} and early {@code return} work across those suspensions as they do in ordinary code.
 */
class Client {

  /** How long one request may take before it counts as failed. */
  static final long TIMEOUT_MILLIS = 1_000;

  /** A fetched page, and the attempt that got it. */
  record Page(String path, String body, int attempts) {}

  /**
   * Fetches {@code uri}, trying up to {@code attempts} ({@code >= 1}) times: a request fails
   * when it times out, when the connection fails, or when the answer is not HTTP 200.
   */
  @Async
  static CompletableFuture<Page> fetch(HttpClient http, URI uri, int attempts) {
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    Exception failure = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        // orTimeout fails the request's future with a TimeoutException if it is too slow.
        HttpResponse<String> response = await(
            http.sendAsync(request, BodyHandlers.ofString()).orTimeout(TIMEOUT_MILLIS, MILLISECONDS));
        if (response.statusCode() == 200) {
          return completedFuture(new Page(uri.getPath(), response.body(), attempt));
        }
        failure = new IOException("HTTP " + response.statusCode());
      } catch (Exception e) {
        // await throws the request's own failure, unwrapped (TimeoutException, IOException, ...).
        // Those are checked but await declares nothing, so Java only accepts catch (Exception e).
        failure = e;
      }
      if (attempt < attempts) {
        System.out.println(
            "    " + uri.getPath() + ": attempt " + attempt + " failed (" + failure + "), retrying");
        await(pause(100)); // back off without blocking a thread
      }
    }
    return CompletableFuture.failedFuture(failure);
  }

  /** Fetches every page at the same time and returns them in the order of {@code uris}. */
  @Async
  static CompletableFuture<List<Page>> fetchAll(HttpClient http, List<URI> uris) {
    // Start every fetch before awaiting any, so that they run concurrently.
    List<CompletableFuture<Page>> started = new ArrayList<>();
    for (URI uri : uris) {
      started.add(ClientGen.fetch(http, uri, 3));
    }
    List<Page> pages = new ArrayList<>();
    for (CompletableFuture<Page> page : started) {
      pages.add(await(page));
    }
    return completedFuture(pages);
  }

  /** A stage that completes after {@code millis}; nothing blocks in the meantime. */
  static CompletableFuture<Void> pause(long millis) {
    Executor later = CompletableFuture.delayedExecutor(millis, MILLISECONDS);
    return CompletableFuture.runAsync(() -> {}, later);
  }
}
