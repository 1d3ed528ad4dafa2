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
  INSTALL_ID("install.id", "");

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
