package pl.ordernotify.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.Refusal;

/**
 * The restaurant's gateway account: stored in {@code gateway_account} with the token encrypted by
 * {@link TokenVault}, and the {@link SmsGateway} built from it. The token is never returned again
 * after saving; only its last four characters are shown.
 */
public final class GatewayAccountService {

  private final Database db;
  private final TokenVault vault;
  private final OkHttpClient http;
  private final ObjectMapper json;
  private final Clock clock;
  private SmsGateway cached;
  private GatewayAccountMapper.Row cachedRow;

  public GatewayAccountService(Database db, TokenVault vault, Transport transport, Clock clock) {
    this.db = db;
    this.vault = vault;
    this.http = transport.http();
    this.json = transport.json();
    this.clock = clock;
  }

  /** The one HTTP client and JSON mapper the application shares. */
  public record Transport(OkHttpClient http, ObjectMapper json) {}

  /** The account as it may be shown: the token only as "••••" and its last four characters. */
  public record Account(
      String provider, String senderName, String baseUrl, boolean testMode, String tokenMasked) {
    public boolean dryRun() {
      return Gateways.DRY_RUN.equals(provider);
    }
  }

  /**
   * A change to the account. {@code token} null keeps the saved token; {@code baseUrl} null means
   * the provider's public address.
   */
  public record AccountChange(
      String provider, String token, String senderName, String baseUrl, boolean testMode) {
    @Override
    public String toString() {
      return "AccountChange[provider="
          + provider
          + ", senderName="
          + senderName
          + ", baseUrl="
          + baseUrl
          + ", testMode="
          + testMode
          + ", token="
          + (token == null ? "(unchanged)" : "••••")
          + "]";
    }
  }

  public Account account() {
    GatewayAccountMapper.Row row = row();
    String masked = row.tokenLast4() == null ? "" : "••••" + row.tokenLast4();
    String url =
        row.baseUrl() != null
            ? row.baseUrl()
            : String.valueOf(
                Gateways.defaultBaseUrl(row.provider()) == null
                    ? ""
                    : Gateways.defaultBaseUrl(row.provider()));
    return new Account(row.provider(), row.senderName(), url, row.testMode(), masked);
  }

  /**
   * Validates and saves a change in one step; nothing is written when it is refused.
   *
   * @throws IllegalArgumentException with a plain sentence saying what to fix
   */
  public synchronized Account save(AccountChange change) {
    String provider =
        change.provider() == null ? "" : change.provider().strip().toLowerCase(Locale.ROOT);
    if (!provider.equals(Gateways.SMSAPI)
        && !provider.equals(Gateways.SERWERSMS)
        && !provider.equals(Gateways.DRY_RUN)) {
      throw new Refusal(
          Refusal.Code.GATEWAY_UNKNOWN_PROVIDER,
          "Choose the provider smsapi, serwersms or dry-run, not '" + change.provider() + "'.",
          change.provider());
    }
    GatewayAccountMapper.Row current = row();
    String token = change.token() == null ? null : change.token().strip();
    String encrypted = current.tokenEncrypted();
    String last4 = current.tokenLast4();
    if (token != null && !token.isEmpty()) {
      new GatewayConfig(provider, null, token, change.senderName(), change.testMode());
      encrypted = vault.encrypt(token);
      last4 = token.length() <= 4 ? token : token.substring(token.length() - 4);
    }
    boolean real = !provider.equals(Gateways.DRY_RUN);
    if (real && encrypted == null) {
      throw new Refusal(
          Refusal.Code.GATEWAY_NEEDS_TOKEN,
          "The "
              + provider
              + " account needs an API token: generate"
              + " one in the "
              + provider
              + " customer panel and give it with --token-file.",
          Gateways.brand(provider));
    }
    String sender =
        change.senderName() == null || change.senderName().isBlank()
            ? null
            : change.senderName().strip();
    checkSender(provider, sender);
    String baseUrl = checkBaseUrl(change.baseUrl());
    GatewayAccountMapper.Row next =
        new GatewayAccountMapper.Row(
            provider, sender, baseUrl, change.testMode(), encrypted, last4);
    db.withMapper(GatewayAccountMapper.class, m -> m.update(next));
    cached = null;
    return account();
  }

  private static void checkSender(String provider, String sender) {
    if (provider.equals(Gateways.SERWERSMS) && sender == null) {
      throw new Refusal(
          Refusal.Code.GATEWAY_NEEDS_SENDER,
          "SerwerSMS needs a registered sender name (--sender NAME);"
              + " without one it would send cheaper ECO messages from a random number.");
    }
    if (sender != null && !sender.matches("[A-Za-z0-9 .\\-]{1,11}")) {
      throw new Refusal(
          Refusal.Code.GATEWAY_BAD_SENDER,
          "The sender name '"
              + sender
              + "' must be 1 to 11 letters,"
              + " digits, spaces, dots or dashes, as registered at the gateway.",
          sender);
    }
  }

  private static String checkBaseUrl(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    HttpUrl url = HttpUrl.parse(text.strip());
    if (url == null) {
      throw new Refusal(
          Refusal.Code.GATEWAY_BAD_URL,
          "The base URL '" + text + "' is not an http:// or https:// address.",
          text);
    }
    String s = url.toString();
    return s.endsWith("/") ? s : s + "/";
  }

  /** The gateway for the saved account, rebuilt whenever the account changes. */
  public synchronized SmsGateway gateway() {
    GatewayAccountMapper.Row row = row();
    if (cached == null || !row.equals(cachedRow)) {
      String token = row.tokenEncrypted() == null ? "" : vault.decrypt(row.tokenEncrypted());
      HttpUrl base = row.baseUrl() == null ? null : HttpUrl.get(row.baseUrl());
      GatewayConfig config =
          new GatewayConfig(row.provider(), base, token, row.senderName(), row.testMode());
      cached = Gateways.create(config, http, json, clock);
      cachedRow = row;
    }
    return cached;
  }

  private GatewayAccountMapper.Row row() {
    return db.withMapper(GatewayAccountMapper.class, GatewayAccountMapper::find);
  }
}
