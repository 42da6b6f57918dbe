package dev.statecraft.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small web site on 127.0.0.1 for the async sample: real sockets, nothing leaves the machine.
 *
 * <pre>
 * /hello, /poem   200 after {@link #PAGE_MILLIS} ms
 * /flaky          503 twice, then 200
 * /slow           200 after 5 s, beyond the client's timeout
 * </pre>
 *
 * <p>Closing it stops the server and its handler threads, so the JVM can exit.
 */
final class PageServer implements AutoCloseable {

  /** How long a normal page takes, so that concurrent requests overlap. */
  static final long PAGE_MILLIS = 400;

  private final HttpServer server;
  private final ExecutorService handlers;
  private final AtomicInteger flakyCalls = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  private PageServer(HttpServer server, ExecutorService handlers) {
    this.server = server;
    this.handlers = handlers;
  }

  /** Starts a server on a free port of 127.0.0.1. */
  static PageServer start() throws IOException {
    // Port 0: the system picks a free port, so the sample never clashes with anything.
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    // Several handler threads, so that slow pages are served at the same time.
    ExecutorService handlers = Executors.newFixedThreadPool(8);
    server.setExecutor(handlers);
    PageServer pages = new PageServer(server, handlers);
    server.createContext("/hello", ex -> pages.reply(ex, PAGE_MILLIS, 200, "Hello from Statecraft"));
    server.createContext("/poem", ex -> pages.reply(ex, PAGE_MILLIS, 200, "Tyger Tyger, burning bright"));
    server.createContext("/flaky", ex -> {
      boolean fail = pages.flakyCalls.incrementAndGet() <= 2;
      pages.reply(ex, 0, fail ? 503 : 200, fail ? "busy" : "third time lucky");
    });
    server.createContext("/slow", ex -> pages.reply(ex, 5_000, 200, "too late"));
    server.start();
    return pages;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private void reply(HttpExchange exchange, long delayMillis, int status, String body)
      throws IOException {
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try (exchange) {
      Thread.sleep(delayMillis);
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the server is closing: drop the request
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /** The most requests this server has been handling at the same time. */
  int mostInFlight() {
    return mostInFlight.get();
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow(); // interrupts handlers still sleeping in /slow
  }
}
