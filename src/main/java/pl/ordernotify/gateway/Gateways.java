package pl.ordernotify.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import pl.ordernotify.gateway.dryrun.DryRunGateway;
import pl.ordernotify.gateway.serwersms.SerwerSmsGateway;
import pl.ordernotify.gateway.smsapi.SmsApiGateway;

/** Builds the gateway the settings ask for. */
public final class Gateways {

  public static final String SMSAPI = "smsapi";
  public static final String SERWERSMS = "serwersms";
  public static final String DRY_RUN = "dry-run";

  public static final HttpUrl SMSAPI_URL = HttpUrl.get("https://api.smsapi.pl/");
  public static final HttpUrl SERWERSMS_URL = HttpUrl.get("https://api2.serwersms.pl/");

  private Gateways() {}

  /** The gateway for {@code config}, sharing the application's one HTTP client and JSON mapper. */
  public static SmsGateway create(GatewayConfig config, OkHttpClient http, ObjectMapper json) {
    return create(config, http, json, Clock.systemUTC());
  }

  public static SmsGateway create(
      GatewayConfig config, OkHttpClient http, ObjectMapper json, Clock clock) {
    return switch (config.provider()) {
      case SMSAPI -> new SmsApiGateway(config, http, json, clock);
      case SERWERSMS -> new SerwerSmsGateway(config, http, json, clock);
      case DRY_RUN -> new DryRunGateway();
      default ->
          throw new IllegalArgumentException(
              "Unknown gateway provider '"
                  + config.provider()
                  + "': use smsapi, serwersms or dry-run.");
    };
  }

  /** The public API address of a provider; null for the dry run, which calls no one. */
  public static HttpUrl defaultBaseUrl(String provider) {
    return switch (provider) {
      case SMSAPI -> SMSAPI_URL;
      case SERWERSMS -> SERWERSMS_URL;
      default -> null;
    };
  }

  /** The provider's brand as its customers know it ("SMSAPI.pl"), the same in every language. */
  public static String brand(String provider) {
    return switch (provider) {
      case SMSAPI -> "SMSAPI.pl";
      case SERWERSMS -> "SerwerSMS.pl";
      default -> provider;
    };
  }
}
