package pl.ordernotify.sender.soak;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP plumbing both fake gateways share: a server on loopback, a request counter, and answers
 * sent after a simulated network latency by a timer, so no thread waits meanwhile. The fake decides
 * (and counts an SMS as sent) when the request arrives; a sender killed before the answer arrives
 * has therefore sent an SMS it never heard about, the case crash safety is for.
 */
abstract class LoopbackGatewayServer implements SoakGatewayServer {

  final AtomicInteger requests = new AtomicInteger();
  private final HttpServer server;
  private final ExecutorService handlers = Executors.newFixedThreadPool(8);
  private final ScheduledExecutorService answers = Executors.newScheduledThreadPool(2);
  private final long latencyMillis;

  LoopbackGatewayServer(long latencyMillis) throws IOException {
    this.latencyMillis = latencyMillis;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
    server.setExecutor(handlers);
  }

  final void route(String path, HttpHandler handler) {
    server.createContext(
        path,
        ex -> {
          requests.incrementAndGet();
          handler.handle(ex);
        });
  }

  final void start() {
    server.start();
  }

  /** Sends {@code json} as the answer once the simulated latency has passed. */
  final void answer(HttpExchange ex, byte[] json) {
    answers.schedule(() -> write(ex, json), latencyMillis, TimeUnit.MILLISECONDS);
  }

  private static void write(HttpExchange ex, byte[] json) {
    try {
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, json.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(json);
      }
    } catch (IOException e) {
      // The sender was killed while its request was in flight: nobody is left to answer.
      ex.close();
    }
  }

  @Override
  public final String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Override
  public final int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
    answers.shutdownNow();
    handlers.shutdownNow();
  }
}
