package pl.ordernotify.gateway;

import okhttp3.HttpUrl;

/**
 * Settings of one gateway account.
 *
 * @param provider {@code smsapi}, {@code serwersms} or {@code dry-run}
 * @param baseUrl the API root; null means the provider's public address
 * @param token the API token in clear; it only ever goes into the Authorization header
 * @param senderName the registered sender name; may be null (SMSAPI then uses the account default)
 * @param testMode every send is validated by the gateway but nothing is sent or charged
 */
public record GatewayConfig(
    String provider, HttpUrl baseUrl, String token, String senderName, boolean testMode) {

  public GatewayConfig {
    if (provider == null || provider.isBlank()) {
      throw new IllegalArgumentException(
          "Choose a gateway provider: smsapi, serwersms or dry-run.");
    }
    provider = provider.strip().toLowerCase(java.util.Locale.ROOT);
    // A token read from a file usually ends with a newline; anything but visible ASCII inside
    // could never go into an HTTP header.
    token = token == null ? "" : token.strip();
    if (token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      throw new pl.ordernotify.store.Refusal(
          pl.ordernotify.store.Refusal.Code.GATEWAY_BAD_TOKEN,
          "The API token contains spaces, control characters or letters outside ASCII.");
    }
    senderName = senderName == null || senderName.isBlank() ? null : senderName.strip();
    if (baseUrl == null) {
      baseUrl = Gateways.defaultBaseUrl(provider);
    }
  }

  /** Settings for the provider's public address. */
  public static GatewayConfig of(
      String provider, String token, String senderName, boolean testMode) {
    return new GatewayConfig(provider, null, token, senderName, testMode);
  }

  /** The message's own sender name where it has one, otherwise the account's; null if neither. */
  public String senderFor(OutgoingSms sms) {
    return sms.senderName() != null && !sms.senderName().isBlank()
        ? sms.senderName().strip()
        : senderName;
  }

  /** Never shows the token, so a config can be logged or printed safely. */
  @Override
  public String toString() {
    return "GatewayConfig[provider="
        + provider
        + ", baseUrl="
        + baseUrl
        + ", token="
        + (token.isEmpty() ? "(none)" : "••••")
        + ", senderName="
        + senderName
        + ", testMode="
        + testMode
        + "]";
  }
}
