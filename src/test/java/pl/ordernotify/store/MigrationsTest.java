package pl.ordernotify.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.testsupport.TestDatabase;

/** The POS contract tables of DESIGN §2, exactly, and migrations that run once. */
class MigrationsTest {

  @TempDir Path dataDir;

  @Test
  @DisabledIfSystemProperty(
      named = "ordernotify.test.engine",
      matches = "postgres",
      disabledReason = "H2's information schema; PostgresSchemaTest checks the same on PostgreSQL")
  void freshDatabaseHasExactlyTheContractColumnsOfCustomer() throws Exception {
    // given a fresh database
    try (Database db = TestDatabase.open(dataDir)) {
      // when we read the customer table's columns
      Map<String, String> columns = columns(db.dataSource(), "CUSTOMER");

      // then they are DESIGN §2's, in order, with its types
      assertThat(columns)
          .containsExactly(
              Map.entry("ID", "BIGINT not null identity"),
              Map.entry("NAME", "CHARACTER VARYING(200) null"),
              Map.entry("PHONE", "CHARACTER VARYING(32) null"),
              Map.entry("SMS_OPT_OUT", "BOOLEAN not null default FALSE"),
              Map.entry("MARKETING_CONSENT", "BOOLEAN not null default FALSE"),
              Map.entry("LANGUAGE", "CHARACTER VARYING(8) not null default 'pl'"));
    }
  }

  @Test
  @DisabledIfSystemProperty(
      named = "ordernotify.test.engine",
      matches = "postgres",
      disabledReason = "H2's information schema; PostgresSchemaTest checks the same on PostgreSQL")
  void freshDatabaseHasExactlyTheContractColumnsOfDeliveryOrder() throws Exception {
    // given a fresh database
    try (Database db = TestDatabase.open(dataDir)) {
      // when we read the delivery_order table's columns
      Map<String, String> columns = columns(db.dataSource(), "DELIVERY_ORDER");

      // then they are DESIGN §2's, in order, with its types; the nullable ones are those it calls
      // NULL
      assertThat(columns)
          .containsExactly(
              Map.entry("ID", "BIGINT not null identity"),
              Map.entry("ORDER_NO", "CHARACTER VARYING(32) not null"),
              Map.entry("CUSTOMER_ID", "BIGINT null"),
              Map.entry("PHONE", "CHARACTER VARYING(32) null"),
              Map.entry("STATUS", "CHARACTER VARYING(16) not null default 'NEW'"),
              Map.entry("STATUS_CHANGED_AT", "TIMESTAMP WITH TIME ZONE null"),
              Map.entry("TOTAL_GROSS", "NUMERIC(12,2) null"),
              Map.entry("PAYMENT_METHOD", "CHARACTER VARYING(16) null"),
              Map.entry("PREP_MINUTES", "INTEGER null"),
              Map.entry("PLACED_AT", "TIMESTAMP WITH TIME ZONE not null default CURRENT_TIMESTAMP"),
              Map.entry("PROMO_CODE", "CHARACTER VARYING(32) null"));
    }
  }

  @Test
  @DisabledIfSystemProperty(
      named = "ordernotify.test.engine",
      matches = "postgres",
      disabledReason = "H2's information schema; PostgresSchemaTest checks the same on PostgreSQL")
  void deliveryOrderHasItsKeysAndThePlacedAtIndex() throws Exception {
    // given a fresh database
    try (Database db = TestDatabase.open(dataDir)) {
      // when we read the constraints and indexes of delivery_order
      List<String> constraints =
          strings(
              db.dataSource(),
              "SELECT tc.constraint_type || ':' || kcu.column_name"
                  + " FROM information_schema.table_constraints tc"
                  + " JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name"
                  + " WHERE tc.table_name = 'DELIVERY_ORDER'");
      List<String> indexes =
          strings(
              db.dataSource(),
              "SELECT ic.index_name FROM information_schema.index_columns ic"
                  + " WHERE ic.table_name = 'DELIVERY_ORDER' AND ic.column_name = 'PLACED_AT'"
                  + " AND ic.ordinal_position = 1");
      List<String> fkTarget =
          strings(
              db.dataSource(),
              "SELECT kcu.table_name || '.' || kcu.column_name"
                  + " FROM information_schema.referential_constraints rc"
                  + " JOIN information_schema.key_column_usage kcu"
                  + " ON kcu.constraint_name = rc.unique_constraint_name"
                  + " WHERE rc.constraint_name = 'DELIVERY_ORDER_CUSTOMER_FK'");

      // then the order number is unique, the customer a foreign key, and placed_at indexed first
      assertThat(constraints)
          .contains("PRIMARY KEY:ID", "UNIQUE:ORDER_NO", "FOREIGN KEY:CUSTOMER_ID");
      assertThat(fkTarget).containsExactly("CUSTOMER.ID");
      assertThat(indexes).containsExactly("DELIVERY_ORDER_PLACED_AT_IDX");
    }
  }

  @Test
  void theContractTablesHaveNoTriggersForThePosToLoad() throws Exception {
    // given a fresh database
    try (Database db = TestDatabase.open(dataDir)) {
      // when we list triggers and Java functions
      List<String> code =
          strings(
              db.dataSource(),
              "SELECT trigger_name FROM information_schema.triggers UNION ALL"
                  + " SELECT routine_name FROM information_schema.routines WHERE routine_schema = 'PUBLIC'");

      // then there are none: nothing runs inside the POS process
      assertThat(code).isEmpty();
    }
  }

  @Test
  void reopeningAnExistingDatabaseRunsNoMigrationAndKeepsTheData() throws Exception {
    // given a database that was opened once and holds a customer
    List<String> historyBefore;
    try (Database db = TestDatabase.open(dataDir)) {
      execute(
          db.dataSource(),
          "INSERT INTO customer (name, phone) VALUES ('Ewa Dąbrowska', '690 120 311')");
      historyBefore = history(db.dataSource());
    }

    // when it is opened again
    try (Database db = TestDatabase.open(dataDir)) {
      // then the migration history is unchanged and the customer is still there
      assertThat(historyBefore).hasSizeGreaterThanOrEqualTo(2);
      assertThat(history(db.dataSource())).isEqualTo(historyBefore);
      assertThat(strings(db.dataSource(), "SELECT name FROM customer"))
          .containsExactly("Ewa Dąbrowska");
    }
  }

  @Test
  void onlyH2GetsItsIdentityBlocksMigration() throws Exception {
    // given a fresh database on the engine under test
    try (Database db = TestDatabase.open(dataDir)) {
      List<String> scripts =
          strings(db.dataSource(), "SELECT \"script\" FROM \"flyway_schema_history\"");

      if (pl.ordernotify.testsupport.TestEngine.postgres()) {
        // then PostgreSQL runs the shared migrations only
        assertThat(scripts).doesNotContain("V111__identity_cache.sql");
        return;
      }
      // then H2 also ran its own one: the two tables a campaign fills number their rows in blocks
      // of 10,000, so H2 stores its catalogue every 10,000 rows rather than every 32
      assertThat(scripts).contains("V111__identity_cache.sql");
      assertThat(
              strings(
                  db.dataSource(),
                  "SELECT table_name || ' ' || identity_cache FROM information_schema.columns"
                      + " WHERE table_schema = 'PUBLIC' AND is_identity = 'YES'"
                      + " AND table_name IN ('MESSAGE', 'CAMPAIGN_RECIPIENT')"))
          .containsExactlyInAnyOrder("MESSAGE 10000", "CAMPAIGN_RECIPIENT 10000");
    }
  }

  private static List<String> history(DataSource ds) throws SQLException {
    return strings(
        ds,
        "SELECT \"installed_rank\" || ' ' || \"version\" || ' ' || \"checksum\" || ' '"
            + " || \"installed_on\" || ' ' || \"success\" FROM \"flyway_schema_history\" ORDER BY 1");
  }

  /** Column name → "TYPE(len) [not ]null [default X] [identity]", as H2 reports them. */
  private static Map<String, String> columns(DataSource ds, String table) throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT column_name, data_type, character_maximum_length,"
                    + " numeric_precision, numeric_scale, is_nullable, column_default, is_identity"
                    + " FROM information_schema.columns WHERE table_schema = 'PUBLIC' AND table_name = '"
                    + table
                    + "' ORDER BY ordinal_position")) {
      while (rs.next()) {
        String type = rs.getString("data_type");
        if (type.startsWith("CHARACTER")) {
          type += "(" + rs.getLong("character_maximum_length") + ")";
        } else if (type.equals("NUMERIC")) {
          type += "(" + rs.getInt("numeric_precision") + "," + rs.getInt("numeric_scale") + ")";
        }
        String d = type + ("YES".equals(rs.getString("is_nullable")) ? " null" : " not null");
        if (rs.getString("column_default") != null) {
          d += " default " + rs.getString("column_default");
        }
        if ("YES".equals(rs.getString("is_identity"))) {
          d += " identity";
        }
        columns.put(rs.getString("column_name"), d);
      }
    }
    return columns;
  }

  private static List<String> strings(DataSource ds, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }
}
