package pl.ordernotify.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import pl.ordernotify.customers.CustomerService;
import pl.ordernotify.testsupport.TestDatabase;

/**
 * The migrations on PostgreSQL give the contract tables the types MigrationsTest checks on H2:
 * identity keys, {@code timestamp with time zone}, booleans, lower-case names, the same keys.
 */
@EnabledIfSystemProperty(named = "ordernotify.test.engine", matches = "postgres")
class PostgresSchemaTest {

  @Test
  void theContractColumnsHaveTheTypesOfTheContract() throws Exception {
    // given a fresh database on PostgreSQL
    try (Database db = TestDatabase.inMemory()) {
      // when we read the columns of both contract tables
      Map<String, String> customer = columns(db, "customer");
      Map<String, String> order = columns(db, "delivery_order");

      // then each has the contract's type, nullability and default, with names in lower case
      assertThat(customer)
          .containsExactly(
              Map.entry("id", "bigint not null identity"),
              Map.entry("name", "character varying(200) null"),
              Map.entry("phone", "character varying(32) null"),
              Map.entry("sms_opt_out", "boolean not null default false"),
              Map.entry("marketing_consent", "boolean not null default false"),
              Map.entry(
                  "language", "character varying(8) not null default 'pl'::character varying"));
      assertThat(order)
          .containsEntry("id", "bigint not null identity")
          .containsEntry(
              "status", "character varying(16) not null default 'NEW'::character varying")
          .containsEntry("status_changed_at", "timestamp with time zone null")
          .containsEntry("placed_at", "timestamp with time zone not null default CURRENT_TIMESTAMP")
          .containsEntry("total_gross", "numeric(12,2) null")
          .containsEntry("prep_minutes", "integer null");
    }
  }

  @Test
  void theKeysAndIndexesKeepTheirContractNames() throws Exception {
    // given a fresh database on PostgreSQL
    try (Database db = TestDatabase.inMemory()) {
      // when we list the names of delivery_order's constraints and indexes
      List<String> constraints =
          strings(
              db,
              "SELECT constraint_name FROM information_schema.table_constraints"
                  + " WHERE table_schema = CURRENT_SCHEMA AND table_name = 'delivery_order' ORDER BY 1");
      List<String> indexes =
          strings(
              db,
              "SELECT indexname FROM pg_indexes"
                  + " WHERE schemaname = CURRENT_SCHEMA AND tablename = 'delivery_order' ORDER BY 1");

      // then they are the names the POS sees in its error messages
      assertThat(constraints)
          .contains(
              "delivery_order_customer_fk",
              "delivery_order_no_unique",
              "delivery_order_status_check");
      assertThat(indexes).contains("delivery_order_placed_at_idx", "delivery_order_no_unique");
    }
  }

  @Test
  void aPosInsertWithoutAnIdGetsOneFromTheIdentityAndOrderNotifyReadsItsTimesAsInstants()
      throws Exception {
    // given a fresh database on PostgreSQL whose session runs in another time zone than UTC
    try (Database db = TestDatabase.inMemory();
        Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement()) {
      st.execute("SET TIME ZONE 'Asia/Tokyo'");
      st.executeUpdate("INSERT INTO customer (id, name, phone) VALUES (7, 'Ewa', '600 100 200')");

      // when the POS inserts a customer without an id and an order with a local time stamp
      st.executeUpdate("INSERT INTO customer (name, phone) VALUES ('Jan', '600 100 201')");
      st.executeUpdate(
          "INSERT INTO delivery_order (order_no, status, status_changed_at) VALUES"
              + " ('0101-001', 'ACCEPTED', TIMESTAMP WITH TIME ZONE '2026-12-01 18:00:00+01')");

      // then ids come from the identity and the time is the same instant whatever the zone
      assertThat(strings(db, "SELECT name FROM customer WHERE id <> 7")).containsExactly("Jan");
      assertThat(new CustomerService(db).search("Jan", 5)).hasSize(1);
      assertThat(
              new pl.ordernotify.orders.OrderService(db, java.time.Clock.systemUTC())
                  .byNo("0101-001")
                  .statusChangedAt())
          .isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
    }
  }

  private static Map<String, String> columns(Database db, String table) throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    try (Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT column_name, data_type, character_maximum_length,"
                    + " numeric_precision, numeric_scale, is_nullable, column_default, is_identity"
                    + " FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA AND table_name = '"
                    + table
                    + "' ORDER BY ordinal_position")) {
      while (rs.next()) {
        String type = rs.getString("data_type");
        if (type.equals("character varying")) {
          type += "(" + rs.getLong("character_maximum_length") + ")";
        } else if (type.equals("numeric")) {
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

  private static List<String> strings(Database db, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
