package pl.ordernotify.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.customers.CustomerService;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.orders.OrderService;
import pl.ordernotify.store.DataLocation.ConnectionSettings;
import pl.ordernotify.testsupport.TestDatabase;
import pl.ordernotify.testsupport.TestEngine;

/** docs/pos-integration.md: its SQL runs as written, and its tables match the schema. */
class PosIntegrationDocTest {

  private static final Path DOC = Path.of("docs", "pos-integration.md");
  private static final Pattern SQL_BLOCK = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path dataDir;

  @Test
  void everySqlExampleRunsAsWrittenOnASharedDatabase() throws Exception {
    // given OrderNotify has the database open and the POS connects with db.properties
    try (Database db = TestDatabase.open(dataDir);
        Connection pos = posConnection()) {
      // when every SQL block of the document runs, in order
      for (String statement : statements(sqlBlocks())) {
        try (Statement st = pos.createStatement()) {
          st.executeUpdate(statement);
        }
      }

      // then OrderNotify sees the customers and orders the examples describe
      CustomerService customers = new CustomerService(db);
      Customer kasia = customers.search("Wiśniewska", 5).get(0);
      Customer john = customers.search("John Smith", 5).get(0);
      assertThat(kasia.smsOptOut()).isFalse();
      assertThat(kasia.marketingConsent()).isTrue();
      assertThat(kasia.language()).isEqualTo("pl");
      assertThat(john.smsOptOut()).isTrue();
      assertThat(john.marketingConsent()).isFalse();
      assertThat(john.language()).isEqualTo("en");

      OrderService orders = new OrderService(db, java.time.Clock.systemUTC());
      DeliveryOrder delivered = orders.byNo("0412-017");
      DeliveryOrder cancelled = orders.byNo("0412-018");
      assertThat(delivered.status()).isEqualTo("DELIVERED");
      assertThat(delivered.customerId()).isEqualTo(kasia.id());
      assertThat(delivered.statusChangedAt()).isNotNull();
      assertThat(delivered.totalGross()).isEqualByComparingTo("87.50");
      assertThat(cancelled.status()).isEqualTo("CANCELLED");
      assertThat(cancelled.customerId()).isNull();
      assertThat(cancelled.phone()).isEqualTo("+48 511 222 333");
      assertThat(cancelled.prepMinutes()).isEqualTo(60);
      assertThat(cancelled.placedAt()).isNotNull();
    }
  }

  @Test
  void theDocumentShowsAStatusChangeForEveryStatusAndStampsEachOne() throws Exception {
    // given the document's SQL
    List<String> updates =
        statements(sqlBlocks()).stream()
            .filter(s -> s.startsWith("UPDATE delivery_order"))
            .toList();

    // when we look for the status changes
    // then each status after NEW has one, and each sets status_changed_at with it
    for (String status : List.of("ACCEPTED", "READY", "DEPARTED", "DELIVERED", "CANCELLED")) {
      assertThat(updates)
          .as(status)
          .anySatisfy(u -> assertThat(u).contains("status = '" + status + "'"));
    }
    assertThat(updates)
        .allSatisfy(u -> assertThat(u).contains("status_changed_at = CURRENT_TIMESTAMP"));
  }

  @Test
  void theDocumentListsExactlyTheColumnsOfBothContractTables() throws Exception {
    // given a fresh database and the document
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    try (Database db = TestDatabase.open(dataDir)) {
      for (String table : List.of("customer", "delivery_order")) {
        // when we compare the document's table with the schema
        List<String> documented = documentedColumns(doc, table);
        List<String> actual = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
            Statement st = c.createStatement();
            ResultSet rs =
                st.executeQuery(
                    "SELECT LOWER(column_name) FROM information_schema.columns"
                        + " WHERE LOWER(table_name) = '"
                        + table
                        + "' AND table_schema = CURRENT_SCHEMA"
                        + " ORDER BY ordinal_position")) {
          while (rs.next()) {
            actual.add(rs.getString(1));
          }
        }

        // then they are the same columns in the same order
        assertThat(documented).as(table).isEqualTo(actual);
      }
    }
  }

  @Test
  void theTroubleshootingTableQuotesTheErrorsTheDatabaseGives() throws Exception {
    // given the database and a POS connection
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    try (Database db = TestDatabase.open(dataDir);
        Connection pos = posConnection();
        Statement st = pos.createStatement()) {
      st.executeUpdate("INSERT INTO delivery_order (order_no) VALUES ('0412-001')");

      // when the POS makes the mistakes the table lists
      // then the database answers with the words the table quotes
      if (TestEngine.postgres()) {
        assertPostgresAnswers(doc, st);
        return;
      }
      assertThatThrownBy(() -> st.executeUpdate("UPDATE delivery_order SET status = 'SHIPPED'"))
          .hasMessageContaining("Check constraint violation")
          .hasMessageContaining("DELIVERY_ORDER_STATUS_CHECK");
      assertThatThrownBy(
              () -> st.executeUpdate("INSERT INTO delivery_order (order_no) VALUES ('0412-001')"))
          .hasMessageContaining("Unique index or primary key violation")
          .hasMessageContaining("DELIVERY_ORDER_NO_UNIQUE");
      ConnectionSettings s = settings();
      assertThatThrownBy(
              () -> DriverManager.getConnection(s.url(), s.user(), "typed-by-hand").close())
          .hasMessageContaining("Wrong user name or password [28000-");
    }
    assertThat(doc)
        .contains(
            "Check constraint violation … DELIVERY_ORDER_STATUS_CHECK",
            "Unique index or primary key violation … DELIVERY_ORDER_NO_UNIQUE",
            "Wrong user name or password [28000-");
  }

  /** PostgreSQL's words for the same mistakes, quoted by the document's PostgreSQL rows. */
  private void assertPostgresAnswers(String doc, Statement st) throws Exception {
    assertThatThrownBy(() -> st.executeUpdate("UPDATE delivery_order SET status = 'SHIPPED'"))
        .hasMessageContaining("violates check constraint \"delivery_order_status_check\"");
    assertThatThrownBy(
            () -> st.executeUpdate("INSERT INTO delivery_order (order_no) VALUES ('0412-001')"))
        .hasMessageContaining(
            "duplicate key value violates unique constraint \"delivery_order_no_unique\"");
    ConnectionSettings s = settings();
    assertThatThrownBy(
            () -> DriverManager.getConnection(s.url(), s.user(), "typed-by-hand").close())
        .hasMessageContaining("password authentication failed for user");
    assertThat(doc)
        .contains(
            "violates check constraint \"delivery_order_status_check\"",
            "duplicate key value violates unique constraint \"delivery_order_no_unique\"",
            "password authentication failed for user");
  }

  @Test
  void aPosOnADataFolderOrderNotifyNeverOpenedFindsNoTable() throws Exception {
    // given a data folder whose db.properties exists but where OrderNotify never ran
    TestDatabase.prepare(dataDir);
    ConnectionSettings s = settings();
    String answer =
        TestEngine.postgres()
            ? "relation \"delivery_order\" does not exist"
            : "Table \"DELIVERY_ORDER\" not found";

    // when the POS writes an order
    // then the database says the table is not there, as the troubleshooting table quotes
    try (Connection pos = DriverManager.getConnection(s.url(), s.user(), s.password());
        Statement st = pos.createStatement()) {
      assertThatThrownBy(
              () -> st.executeUpdate("INSERT INTO delivery_order (order_no) VALUES ('0412-001')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining(answer);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).contains(answer);
  }

  private ConnectionSettings settings() throws java.io.IOException {
    return DataLocation.resolve(dataDir, null, Map.of()).connectionSettings();
  }

  private Connection posConnection() throws Exception {
    ConnectionSettings s = settings();
    return DriverManager.getConnection(s.url(), s.user(), s.password());
  }

  private static List<String> sqlBlocks() throws Exception {
    Matcher m = SQL_BLOCK.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).as("sql blocks in " + DOC).isNotEmpty();
    return blocks;
  }

  /** Statements end with ';' at the end of a line; whitespace is folded to single spaces. */
  private static List<String> statements(List<String> blocks) {
    List<String> out = new ArrayList<>();
    for (String block : blocks) {
      for (String s : block.split(";\\s*(\\n|$)")) {
        String folded = s.trim().replaceAll("\\s+", " ");
        if (!folded.isEmpty()) {
          out.add(folded);
        }
      }
    }
    return out;
  }

  /** The first cell of each row of the table under the heading {@code ### `table`}. */
  private static List<String> documentedColumns(String doc, String table) {
    int start = doc.indexOf("### `" + table + "`");
    assertThat(start).as("heading for " + table).isNotNegative();
    int end = doc.indexOf("\n#", start + 1);
    List<String> columns = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(doc.substring(start, end));
    while (m.find()) {
      columns.add(m.group(1));
    }
    return columns;
  }
}
