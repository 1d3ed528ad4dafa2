package pl.ordernotify.console.settings;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pl.ordernotify.console.Texts;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService;

/** The restaurant's facts: name, phone, zone, price per SMS part, monthly cap, folding. */
public final class RestaurantModel {

  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty phone = new SimpleStringProperty("");
  private final StringProperty zone = new SimpleStringProperty("");
  private final StringProperty price = new SimpleStringProperty("");
  private final StringProperty cap = new SimpleStringProperty("");
  private final BooleanProperty fold = new SimpleBooleanProperty();

  /** Values read in the background, shown on the FX thread. */
  record Values(String name, String phone, String zone, String price, String cap, boolean fold) {

    static Values read(SettingsService s) {
      return new Values(
          s.get(Setting.RESTAURANT_NAME),
          s.get(Setting.RESTAURANT_PHONE),
          s.get(Setting.TIME_ZONE),
          s.get(Setting.PRICE_PER_PART),
          s.get(Setting.MONTHLY_CAP_PARTS),
          Boolean.parseBoolean(s.get(Setting.FOLD_DIACRITICS)));
    }

    void write(SettingsService s) {
      s.put(Setting.RESTAURANT_NAME, name);
      s.put(Setting.RESTAURANT_PHONE, phone);
      s.put(Setting.TIME_ZONE, zone);
      s.put(Setting.PRICE_PER_PART, price);
      s.put(Setting.MONTHLY_CAP_PARTS, cap);
      s.put(Setting.FOLD_DIACRITICS, Boolean.toString(fold));
    }
  }

  /** Shows the saved values; Polish writes the price with a decimal comma (0,16). */
  void show(Values v, String language) {
    name.set(v.name());
    phone.set(v.phone());
    zone.set(v.zone());
    price.set("pl".equals(language) && v.price() != null ? v.price().replace('.', ',') : v.price());
    cap.set(v.cap());
    fold.set(v.fold());
  }

  /**
   * The values to save, with the price and cap tidied; throws with a plain sentence when one is
   * wrong.
   */
  Values checked(Texts t) {
    try {
      ZoneId.of(zone.get().trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(t.get("settings.problem.zone", zone.get()));
    }
    BigDecimal p;
    try {
      p = new BigDecimal(price.get().trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(t.get("settings.problem.price"));
    }
    if (p.signum() < 0 || p.compareTo(BigDecimal.TEN) > 0) {
      throw new IllegalArgumentException(t.get("settings.problem.price"));
    }
    String c = cap.get() == null ? "" : cap.get().trim();
    if (!c.isEmpty() && !c.matches("\\d{1,7}")) {
      throw new IllegalArgumentException(t.get("settings.problem.cap"));
    }
    return new Values(
        name.get().trim(), phone.get().trim(), zone.get().trim(), p.toPlainString(), c, fold.get());
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty phoneProperty() {
    return phone;
  }

  public StringProperty zoneProperty() {
    return zone;
  }

  public StringProperty priceProperty() {
    return price;
  }

  public StringProperty capProperty() {
    return cap;
  }

  public BooleanProperty foldProperty() {
    return fold;
  }
}
