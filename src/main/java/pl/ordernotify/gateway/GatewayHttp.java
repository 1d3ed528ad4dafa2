package pl.ordernotify.gateway;

import java.time.Duration;
import okhttp3.OkHttpClient;

/** Builds the application's one shared HTTP client (OkHttp wants one client per application). */
public final class GatewayHttp {

  private GatewayHttp() {}

  /** Connect 5 s, write 10 s, read 15 s, 30 s for the whole call; identifies us to the gateways. */
  public static OkHttpClient newClient() {
    String userAgent = userAgent();
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(5))
        .writeTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(15))
        .callTimeout(Duration.ofSeconds(30))
        .addInterceptor(
            chain ->
                chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build()))
        .build();
  }

  /** {@code OrderNotify/<version>}, the version from the jar manifest, "dev" outside a jar. */
  public static String userAgent() {
    String version = GatewayHttp.class.getPackage().getImplementationVersion();
    return "OrderNotify/" + (version == null || version.isBlank() ? "dev" : version);
  }
}
