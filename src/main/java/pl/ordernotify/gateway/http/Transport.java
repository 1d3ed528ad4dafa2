package pl.ordernotify.gateway.http;

import java.io.IOException;
import java.time.Duration;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * Runs calls for one gateway account: adds the bearer token, tells "never written" apart from
 * "written, no answer", and keeps the token out of every body and reason it hands back.
 */
public final class Transport {

  private final OkHttpClient client;
  private final String token;

  public Transport(OkHttpClient shared, String token) {
    // A derived client shares the pools of the application's one client.
    this.client = shared.newBuilder().eventListenerFactory(Transport::trackerOf).build();
    this.token = token == null ? "" : token;
  }

  public Exchange execute(Request request) {
    WriteTracker tracker = new WriteTracker();
    Request call =
        request
            .newBuilder()
            .header("Authorization", "Bearer " + token)
            .tag(WriteTracker.class, tracker)
            .build();
    try (Response response = client.newCall(call).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      return new Exchange.Answer(response.code(), redact(body), retryAfter(response));
    } catch (IOException e) {
      String detail = redact(e.getClass().getSimpleName() + ": " + e.getMessage());
      return tracker.written
          ? new Exchange.NoAnswer("the request was sent but no answer came (" + detail + ")")
          : new Exchange.NotSent("the gateway could not be reached (" + detail + ")");
    }
  }

  /** Replaces every occurrence of the token by "••••". */
  public String redact(String text) {
    if (text == null || token.isEmpty()) {
      return text;
    }
    return text.replace(token, "••••");
  }

  /**
   * A body OkHttp may not replay: without this it silently retries a POST whose connection broke
   * after writing, which for a send could mean a second SMS.
   */
  public static RequestBody oneShot(RequestBody body) {
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return body.contentType();
      }

      @Override
      public long contentLength() throws IOException {
        return body.contentLength();
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        body.writeTo(sink);
      }

      @Override
      public boolean isOneShot() {
        return true;
      }
    };
  }

  private static Duration retryAfter(Response response) {
    String value = response.header("Retry-After");
    if (value == null || !value.strip().matches("\\d{1,6}")) {
      return null;
    }
    return Duration.ofSeconds(Long.parseLong(value.strip()));
  }

  private static EventListener trackerOf(Call call) {
    WriteTracker tracker = call.request().tag(WriteTracker.class);
    return tracker == null ? EventListener.NONE : tracker;
  }

  /** Notes the moment OkHttp starts writing the request onto a connection. */
  private static final class WriteTracker extends EventListener {
    private volatile boolean written;

    @Override
    public void requestHeadersStart(Call call) {
      written = true;
    }
  }
}
