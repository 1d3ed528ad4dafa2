package pl.ordernotify.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.store.Database;
import pl.ordernotify.testsupport.TestDatabase;

class StageServiceTest {

  private final Database db = TestDatabase.inMemory();
  private final StageService stages = new StageService(db);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void allFiveStagesAreDisabledOnAFreshDatabase() {
    // given a fresh database
    // when the stages are listed
    List<StageRule> rules = stages.list();

    // then the five stages are there in order, all off, with no template
    assertThat(rules)
        .extracting(StageRule::stage)
        .containsExactly(Stage.ACCEPTED, Stage.READY, Stage.DEPARTED, Stage.LATE, Stage.THANK_YOU);
    assertThat(rules)
        .allSatisfy(
            r -> {
              assertThat(r.enabled()).isFalse();
              assertThat(r.templates()).isEmpty();
            });
    assertThat(stages.rule(Stage.THANK_YOU).windowStart()).isEqualTo(LocalTime.of(10, 0));
    assertThat(StageService.describe(rules.get(0))).isEqualTo("Off: no SMS at this stage.");
  }

  @Test
  void timingAndTemplateChangesAreStored() throws Exception {
    // given an ORDER template in Polish
    template("gotowe-pl", "ORDER", "pl");

    // when READY gets it, a delay and a validity, and is enabled
    StageRule ready =
        stages.apply(
            StageChange.of(Stage.READY)
                .withTemplate("gotowe-pl")
                .withDelay(5)
                .withValidity(45)
                .withEnabled(true));

    // then the rule reads back as set
    assertThat(ready)
        .isEqualTo(
            new StageRule(Stage.READY, true, 5, 45, null, null, null, Map.of("pl", "gotowe-pl")));
    assertThat(stages.rule(Stage.READY)).isEqualTo(ready);
    assertThat(StageService.describe(ready))
        .isEqualTo(
            "SMS 5 min after the order is marked ready; not sent later than 45 min after the change.");
  }

  @Test
  void thankYouTakesDaysAndAWindow() {
    // given THANK_YOU as it ships
    // when it is set to two days after, between 9:30 and 19:00
    StageRule thanks =
        stages.apply(StageChange.of(Stage.THANK_YOU).withDays(2).withWindow("9:30-19:00"));

    // then both are stored
    assertThat(thanks.daysAfter()).isEqualTo(2);
    assertThat(thanks.windowStart()).isEqualTo(LocalTime.of(9, 30));
    assertThat(thanks.windowEnd()).isEqualTo(LocalTime.of(19, 0));
  }

  @Test
  void negativeDelayIsRefusedAndNothingIsWritten() {
    // given the rules as they ship
    List<StageRule> before = stages.list();

    // when a negative delay is set together with other changes
    // then it is refused in a sentence and nothing changed
    assertThatThrownBy(
            () -> stages.apply(StageChange.of(Stage.READY).withValidity(60).withDelay(-5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The delay must be between 0 and 1440 minutes; -5 is not.");
    assertThat(stages.list()).isEqualTo(before);
  }

  @Test
  void enablingWithoutATemplateIsRefusedAndNothingIsWritten() {
    // given the rules as they ship
    List<StageRule> before = stages.list();

    // when READY is enabled with a new delay but no template
    // then it is refused and the delay was not written either
    assertThatThrownBy(
            () -> stages.apply(StageChange.of(Stage.READY).withEnabled(true).withDelay(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Stage READY has no template yet.");
    assertThat(stages.list()).isEqualTo(before);
  }

  @Test
  void aCampaignTemplateOrAnUnknownOneIsRefusedAndNothingIsWritten() throws Exception {
    // given a CAMPAIGN template
    template("wiosna", "CAMPAIGN", "pl");
    List<StageRule> before = stages.list();

    // when a stage is given it, or a template that does not exist
    // then each is refused and nothing changed
    assertThatThrownBy(
            () -> stages.apply(StageChange.of(Stage.ACCEPTED).withDelay(3).withTemplate("wiosna")))
        .hasMessage("Template 'wiosna' is a CAMPAIGN template; a stage needs an ORDER template.");
    assertThatThrownBy(() -> stages.apply(StageChange.of(Stage.ACCEPTED).withTemplate("nope")))
        .hasMessageStartingWith("There is no template named 'nope'.");
    assertThat(stages.list()).isEqualTo(before);
  }

  @Test
  void validityNotLongerThanTheDelayOrThankYouOptionsOnAnotherStageAreRefused() {
    // given the rules as they ship
    List<StageRule> before = stages.list();

    // when the validity is not longer than the delay, days go to READY, or a window is back to
    // front
    // then each is refused in a sentence and nothing changed
    assertThatThrownBy(
            () -> stages.apply(StageChange.of(Stage.DEPARTED).withDelay(30).withValidity(30)))
        .hasMessageContaining("must be longer than the delay");
    assertThatThrownBy(() -> stages.apply(StageChange.of(Stage.READY).withDays(2)))
        .hasMessageStartingWith("--days and --window are for THANK_YOU only");
    assertThatThrownBy(
            () -> stages.apply(StageChange.of(Stage.THANK_YOU).withWindow("20:00-10:00")))
        .hasMessageContaining("must open before it closes");
    assertThatThrownBy(() -> stages.apply(StageChange.of(Stage.THANK_YOU).withDays(0)))
        .hasMessageStartingWith("Days after the order must be between 1 and 60");
    assertThat(stages.list()).isEqualTo(before);
  }

  private void template(String name, String kind, String language) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "INSERT INTO sms_template (name, kind, language, body, created_at, updated_at)"
              + " VALUES ('"
              + name
              + "', '"
              + kind
              + "', '"
              + language
              + "', 'Zamówienie <<nrZamowienia>>',"
              + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }
  }
}
