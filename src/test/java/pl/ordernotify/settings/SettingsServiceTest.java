package pl.ordernotify.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.TestDatabase;

class SettingsServiceTest {

  private final Database db = TestDatabase.inMemory();
  private final SettingsService settings = new SettingsService(db);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void unsetSettingsReadAsTheirDefaults() {
    // given a fresh database
    // when the restaurant is read
    SettingsService.Restaurant r = settings.restaurant();

    // then it is a Polish restaurant in Warsaw with no cap
    assertThat(settings.get(Setting.RESTAURANT_NAME)).isEmpty();
    assertThat(r.zone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
    assertThat(r.currency()).isEqualTo("PLN");
    assertThat(r.pricePerPart()).isEqualByComparingTo("0.16");
    assertThat(r.monthlyCapParts()).isNull();
    assertThat(settings.getRaw("window.width")).isEmpty();
  }

  @Test
  void putThenGetReturnsTheLastValue() {
    // given a restaurant name put once
    settings.put(Setting.RESTAURANT_NAME, "Pizzeria Bella");

    // when it is put again, with other settings
    settings.put(Setting.RESTAURANT_NAME, "Pizzeria Bella Napoli");
    settings.put(Setting.MONTHLY_CAP_PARTS, "2000");
    settings.put(Setting.PRICE_PER_PART, "0.12");
    settings.putRaw("window.width", "1280");

    // then each reads back as last written
    assertThat(settings.get(Setting.RESTAURANT_NAME)).isEqualTo("Pizzeria Bella Napoli");
    assertThat(settings.restaurant().monthlyCapParts()).isEqualTo(2000);
    assertThat(settings.restaurant().pricePerPart()).isEqualTo(new BigDecimal("0.12"));
    assertThat(settings.getRaw("window.width")).contains("1280");
  }
}
