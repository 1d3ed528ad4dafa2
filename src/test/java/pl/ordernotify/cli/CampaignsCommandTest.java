package pl.ordernotify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.campaigns.CampaignPass;
import pl.ordernotify.gateway.dryrun.DryRunGateway;
import pl.ordernotify.store.Database;
import pl.ordernotify.templates.Renderer;
import pl.ordernotify.testsupport.CliRun;
import pl.ordernotify.testsupport.TestDatabase;

/** DESIGN §6 'campaigns …' on the demo restaurant, as a manager would type it. */
class CampaignsCommandTest {

  @TempDir Path dataDir;

  @BeforeEach
  void demo() {
    assertThat(run("demo").status()).isZero();
    // campaign SMS wait for the marketing window (10:00-20:00 by default): open it all day so the
    // test does not depend on the hour it runs at
    assertThat(run("settings", "set", "--marketing-window", "00:00-23:59").status()).isZero();
  }

  private CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = dataDir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.run(all);
  }

  @Test
  void aManagerCreatesPreviewsStartsAndReadsTheResultsOfACampaign() throws SQLException {
    // given a campaign for consented regulars with unique codes
    CliRun create =
        run(
            "campaigns",
            "create",
            "Pizza tygodnia",
            "--template",
            "promocja-pl",
            "--template",
            "promotion-en",
            "--promotion",
            "Pizza tygodnia",
            "--unique-codes",
            "PIZZA",
            "--regulars",
            "3",
            "--days",
            "30");
    assertThat(create.err()).isEmpty();
    assertThat(create.status()).isZero();
    assertThat(create.out()).contains("Created campaign 'Pizza tygodnia' (draft)");

    // when it is previewed, started and sent by the sender
    CliRun preview = run("campaigns", "preview", "Pizza tygodnia");
    CliRun start = run("campaigns", "start", "Pizza tygodnia");
    try (Database db = TestDatabase.open(dataDir);
        CampaignPass pass = new CampaignPass(db, new Renderer(), java.time.Clock.systemUTC())) {
      while (pass.run(new DryRunGateway()) > 0) {
        // one round per pass
      }
      // and a customer orders with a code (plain SQL, as a POS writes it)
      String code = one(db, "SELECT promo_code FROM campaign_recipient ORDER BY id");
      String customer = one(db, "SELECT customer_id FROM campaign_recipient ORDER BY id");
      try (Connection c = db.dataSource().getConnection();
          PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO delivery_order (order_no, customer_id, status, total_gross, payment_method, prep_minutes,"
                      + " placed_at, promo_code) VALUES ('PROMO-1', ?, 'NEW', 88.40, 'CARD', 40, CURRENT_TIMESTAMP, ?)")) {
        ps.setLong(1, Long.parseLong(customer));
        ps.setString(2, code.toLowerCase());
        ps.executeUpdate();
      }
    }
    CliRun results = run("campaigns", "results", "Pizza tygodnia");
    CliRun list = run("campaigns", "list");

    // then the preview showed recipients and cost, and the results show the order's revenue
    assertThat(preview.status()).isZero();
    assertThat(preview.out())
        .contains(
            "Recipients:",
            "Parts per SMS:",
            "Total parts:",
            "Estimated cost:",
            "Monthly cap:",
            "Gateway credits:");
    assertThat(start.status()).isZero();
    assertThat(start.out()).contains("started with");
    assertThat(results.status()).isZero();
    assertThat(results.out())
        .contains("Campaign:     Pizza tygodnia (DONE)", "Orders:       1", "Revenue:      88.40");
    assertThat(list.outLines())
        .anySatisfy(l -> assertThat(l).startsWith("Pizza tygodnia").contains("DONE", "100%"));
  }

  @Test
  void badInputGetsOneSentenceExitOneAndWritesNothing() {
    String[][] bad = {
      {"X", "--template", "nope", "--promotion", "P", "--code", "A"},
      {"X", "--template", "gotowe-pl", "--promotion", "P", "--code", "A"},
      {"X", "--template", "promocja-pl", "--promotion", "P", "--code", "A", "--unique-codes", "B"},
      {"X", "--template", "promocja-pl", "--promotion", "P", "--code", "A", "--regulars", "500"},
      {
        "X",
        "--template",
        "promocja-pl",
        "--promotion",
        "P",
        "--code",
        "A",
        "--at",
        "2001-01-01 12:00"
      },
    };
    for (String[] args : bad) {
      String[] all = new String[args.length + 2];
      all[0] = "campaigns";
      all[1] = "create";
      System.arraycopy(args, 0, all, 2, args.length);
      CliRun r = run(all);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(r.errLines()).as(String.join(" ", args)).hasSize(1);
    }
    assertThat(run("campaigns", "list").out()).contains("No campaigns yet");
  }

  @Test
  void aNameThatExistsIsRefused() {
    run(
        "campaigns",
        "create",
        "Weekend",
        "--template",
        "promocja-pl",
        "--promotion",
        "P",
        "--code",
        "WEEKEND");
    CliRun again =
        run(
            "campaigns",
            "create",
            "Weekend",
            "--template",
            "promocja-pl",
            "--promotion",
            "P",
            "--code",
            "X");
    assertThat(again.status()).isEqualTo(1);
    assertThat(again.errLines())
        .containsExactly("A campaign called 'Weekend' already exists; choose another name.");
  }

  @Test
  void aTestSmsIsSentWithARealRecipientsValues() {
    run(
        "campaigns",
        "create",
        "Weekend",
        "--template",
        "promocja-pl",
        "--promotion",
        "Weekend",
        "--code",
        "WEEKEND");
    CliRun test = run("campaigns", "test", "Weekend", "--to", "600 700 800");
    assertThat(test.status()).isZero();
    assertThat(test.out()).contains("WEEKEND", "Accepted as dry-");
  }

  private static String one(Database db, String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }
}
