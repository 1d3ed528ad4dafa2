package pl.ordernotify.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ConsentCsvTest {

  @Test
  void exportsEveryChangeWithSourceStaffAndWording() {
    try (ConsentFixture f = new ConsentFixture()) {
      // given consent given at the till, then withdrawn by a reply
      long id = f.customer("Anna \"Ania\" Nowak", "600 100 200");
      f.consent.setConsent(id, true, f.by(ConsentSource.CONSOLE, "Kasia"));
      f.consent.setConsent(
          id, false, new ConsentService.Origin(ConsentSource.REPLY, null, "Reply: \"Stop.\""));

      // when
      String csv = ConsentCsv.of(f.get(id), f.consent.history(id), ZoneId.of("Europe/Warsaw"));

      // then
      String[] lines = csv.split("\r\n");
      assertThat(lines).hasSize(3);
      assertThat(lines[0]).isEqualTo(ConsentCsv.HEADER);
      assertThat(lines[1])
          .startsWith("2026-11-20 13:00:00 +01:00,")
          .contains("\"Anna \"\"Ania\"\" Nowak\"")
          .contains("MARKETING_CONSENT,true,CONSOLE,\"Kasia\",1,\"Zgadzam się");
      assertThat(lines[2]).contains("MARKETING_CONSENT,false,REPLY,,,,\"Reply: \"\"Stop.\"\"\"");
    }
  }
}
