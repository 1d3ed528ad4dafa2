package pl.ordernotify.settings;

/** The names of the settings OrderNotify keeps, with their defaults. */
public enum Setting {
  RESTAURANT_NAME("restaurant.name", ""),
  RESTAURANT_PHONE("restaurant.phone", ""),
  TIME_ZONE("restaurant.zone", "Europe/Warsaw"),
  LOCALE("restaurant.locale", "pl-PL"),
  CURRENCY("restaurant.currency", "PLN"),
  PRICE_PER_PART("sms.pricePerPart", "0.16"),
  MONTHLY_CAP_PARTS("sms.monthlyCapParts", ""),
  FOLD_DIACRITICS("sms.foldDiacritics", "true"),
  UI_LANGUAGE("ui.language", "pl"),
  MANAGER_PIN_HASH("ui.managerPinHash", ""),
  INSTALL_ID("install.id", ""),
  /** Campaign SMS go out only inside this window, restaurant time (DESIGN §9). */
  MARKETING_WINDOW("marketing.window", "10:00-20:00"),
  /**
   * Days no campaign SMS goes out: comma-separated ISO dates (2026-12-24) or weekday names
   * (SUNDAY).
   */
  CLOSED_DAYS("marketing.closedDays", ""),
  /** Per-customer frequency cap: campaign SMS at most this many in 24 hours… */
  CAP_PER_DAY("marketing.capPerDay", "1"),
  /** …and at most this many in 7 days. */
  CAP_PER_WEEK("marketing.capPerWeek", "3"),
  /**
   * The manager's phone for alerts (sending paused, low credits, gateway unreachable); empty =
   * none.
   */
  MANAGER_PHONE("alerts.managerPhone", ""),
  /**
   * Alert the manager when the gateway's credits fall below this many; empty = no low-credit alert.
   */
  LOW_CREDITS_ALERT("alerts.lowCredits", ""),
  /** The LATE stage fires this many minutes after the promised time (DESIGN §3). */
  LATE_GRACE_MINUTES("late.graceMinutes", "10"),
  /**
   * The consent sentence shown when staff record marketing consent (versioned by the consent
   * feature).
   */
  CONSENT_WORDING("consent.wording", "");

  private final String key;
  private final String defaultValue;

  Setting(String key, String defaultValue) {
    this.key = key;
    this.defaultValue = defaultValue;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }
}
