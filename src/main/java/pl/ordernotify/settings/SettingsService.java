package pl.ordernotify.settings;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import pl.ordernotify.store.Database;

/** Reads and writes the restaurant's settings; each call is its own short transaction. */
public final class SettingsService {

  private final Database db;

  public SettingsService(Database db) {
    this.db = db;
  }

  public String get(Setting setting) {
    String value = db.withMapper(SettingsMapper.class, m -> m.get(setting.key()));
    return value == null ? setting.defaultValue() : value;
  }

  public void put(Setting setting, String value) {
    db.withMapper(
        SettingsMapper.class,
        m -> {
          if (m.update(setting.key(), value) == 0) {
            m.insert(setting.key(), value);
          }
          return null;
        });
  }

  /** Writes several settings in one transaction: all or none. */
  public void putAll(java.util.Map<Setting, String> values) {
    db.inTransactionDo(
        session -> {
          SettingsMapper m = session.getMapper(SettingsMapper.class);
          values.forEach(
              (setting, value) -> {
                if (m.update(setting.key(), value) == 0) {
                  m.insert(setting.key(), value);
                }
              });
        });
  }

  /** A setting not in {@link Setting} (window size, last screen…), empty when never written. */
  public Optional<String> getRaw(String key) {
    return Optional.ofNullable(db.withMapper(SettingsMapper.class, m -> m.get(key)));
  }

  public void putRaw(String key, String value) {
    db.withMapper(
        SettingsMapper.class,
        m -> {
          if (m.update(key, value) == 0) {
            m.insert(key, value);
          }
          return null;
        });
  }

  public Restaurant restaurant() {
    return new Restaurant(
        get(Setting.RESTAURANT_NAME),
        get(Setting.RESTAURANT_PHONE),
        ZoneId.of(get(Setting.TIME_ZONE)),
        Locale.forLanguageTag(get(Setting.LOCALE)),
        get(Setting.CURRENCY),
        new BigDecimal(get(Setting.PRICE_PER_PART)),
        monthlyCapParts(),
        Boolean.parseBoolean(get(Setting.FOLD_DIACRITICS)));
  }

  private Integer monthlyCapParts() {
    String cap = get(Setting.MONTHLY_CAP_PARTS);
    return cap == null || cap.isBlank() ? null : Integer.valueOf(cap);
  }

  /**
   * The restaurant as the templates and the sender see it.
   *
   * @param monthlyCapParts SMS parts allowed per calendar month; null = no cap
   */
  public record Restaurant(
      String name,
      String phone,
      ZoneId zone,
      Locale locale,
      String currency,
      BigDecimal pricePerPart,
      Integer monthlyCapParts,
      boolean foldDiacritics) {}
}
