package pl.ordernotify.customers;

import java.time.Clock;
import org.apache.ibatis.exceptions.PersistenceException;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;
import pl.ordernotify.store.Database;

/**
 * The consent sentence staff read to a customer (setting {@link Setting#CONSENT_WORDING}),
 * versioned on every change: whoever changes the setting, the first use of a new text records a new
 * version.
 */
public final class ConsentWording {

  /** One version of the wording. */
  public record Version(int version, String text) {}

  private final Database db;
  private final SettingsService settings;
  private final Clock clock;

  public ConsentWording(Database db, Clock clock) {
    this.db = db;
    this.settings = new SettingsService(db);
    this.clock = clock;
  }

  /** The wording in force, recorded as a new version when it differs from the last one recorded. */
  public Version current() {
    String text = text();
    for (int attempt = 0; attempt < 3; attempt++) {
      ConsentMapper.Wording latest =
          db.withMapper(ConsentMapper.class, ConsentMapper::latestWording);
      if (latest != null && latest.wording().equals(text)) {
        return new Version(latest.version(), latest.wording());
      }
      int next = latest == null ? 1 : latest.version() + 1;
      try {
        db.withMapper(ConsentMapper.class, m -> m.insertWording(next, text, clock.instant()));
        return new Version(next, text);
      } catch (PersistenceException e) {
        // another process recorded this version first; read again
      }
    }
    throw new IllegalStateException("The consent wording could not be recorded; try again.");
  }

  /** Changes the wording; the next {@link #current()} records it as a new version. */
  public Version change(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("The consent wording cannot be empty.");
    }
    settings.put(Setting.CONSENT_WORDING, text.strip());
    return current();
  }

  /** The setting's text, or the Polish default naming the restaurant when it was never set. */
  public String text() {
    String set = settings.get(Setting.CONSENT_WORDING);
    if (set != null && !set.isBlank()) {
      return set.strip();
    }
    String name = settings.get(Setting.RESTAURANT_NAME);
    return defaultText(name == null || name.isBlank() ? "naszego lokalu" : name.strip());
  }

  static String defaultText(String restaurant) {
    return "Zgadzam się na SMS-y z ofertami i kodami rabatowymi od "
        + restaurant
        + " na ten numer. Mogę wycofać zgodę, odpisując STOP.";
  }
}
