package pl.ordernotify.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.orders.OrderService;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.store.DataLocation.ConnectionSettings;
import pl.ordernotify.testsupport.MutableClock;
import pl.ordernotify.testsupport.PosProcess;
import pl.ordernotify.testsupport.TestDatabase;

/**
 * DESIGN §2: the POS and OrderNotify share one H2 file through AUTO_SERVER, whichever opens it
 * first. The POS here is a second JVM with only the H2 jar on its class path.
 */
class PosSharingTest {

  @TempDir Path dataDir;

  private final MutableClock clock = MutableClock.at("2025-03-14T17:00:00Z");

  @Test
  void posOpensTheFileFirstAndBothReadAndWriteOrders() throws Exception {
    // given the schema exists (OrderNotify ran once and was closed) and the POS opens the file
    // first
    ConnectionSettings settings =
        DataLocation.resolve(dataDir, null, Map.of()).connectionSettings();
    TestDatabase.open(dataDir).close();
    try (PosProcess pos = PosProcess.open(settings)) {
      pos.exec("INSERT INTO customer (name, phone) VALUES ('Anna Kowalska', '600 100 200')");
      pos.exec(
          "INSERT INTO delivery_order (order_no, customer_id, status, status_changed_at, total_gross,"
              + " payment_method, prep_minutes, placed_at) VALUES ('0314-001',"
              + " (SELECT id FROM customer WHERE phone = '600 100 200'), 'NEW', CURRENT_TIMESTAMP, 45.90, 'CARD',"
              + " 40, CURRENT_TIMESTAMP)");

      // when OrderNotify opens the same file and moves the order on
      try (Database db = TestDatabase.open(dataDir)) {
        OrderService orders = new OrderService(db, clock);
        DeliveryOrder seen = orders.byNo("0314-001");
        orders.changeStatus(seen.id(), OrderStatus.ACCEPTED);

        // then the POS sees OrderNotify's change
        assertThat(
                pos.query(
                    "SELECT status, status_changed_at = TIMESTAMP WITH TIME ZONE"
                        + " '2025-03-14 17:00:00+00' FROM delivery_order WHERE order_no = '0314-001'"))
            .containsExactly("ACCEPTED|TRUE");

        // and when the POS changes it again, OrderNotify sees that
        pos.exec(
            "UPDATE delivery_order SET status = 'READY', status_changed_at ="
                + " TIMESTAMP WITH TIME ZONE '2025-03-14 17:20:00+00' WHERE order_no = '0314-001'");
        DeliveryOrder ready = orders.byNo("0314-001");
        assertThat(seen.customerId()).isNotNull();
        assertThat(seen.totalGross()).isEqualByComparingTo("45.90");
        assertThat(ready.status()).isEqualTo("READY");
        assertThat(ready.statusChangedAt()).isEqualTo(Instant.parse("2025-03-14T17:20:00Z"));

        // and OrderNotify keeps working after the POS, which served the file, closes
        pos.quit();
        assertThat(orders.byNo("0314-001").status()).isEqualTo("READY");
      }
    }
  }

  @Test
  void orderNotifyOpensTheFileFirstAndThePosJoinsIt() throws Exception {
    // given OrderNotify has the file open
    try (Database db = TestDatabase.open(dataDir)) {
      ConnectionSettings settings =
          DataLocation.resolve(dataDir, null, Map.of()).connectionSettings();
      OrderService orders = new OrderService(db, clock);

      // when the POS connects second and takes an order
      try (PosProcess pos = PosProcess.open(settings)) {
        pos.exec("INSERT INTO customer (name, phone) VALUES ('Piotr Nowak', '+48601200300')");
        pos.exec(
            "INSERT INTO delivery_order (order_no, customer_id, status_changed_at, total_gross,"
                + " payment_method, prep_minutes) VALUES ('0314-002',"
                + " (SELECT id FROM customer WHERE phone = '+48601200300'), CURRENT_TIMESTAMP, 62.00, 'CASH', 45)");

        // then OrderNotify reads it and changes its status, and the POS sees that
        DeliveryOrder placed = orders.byNo("0314-002");
        assertThat(placed.status()).isEqualTo("NEW");
        assertThat(placed.placedAt()).isNotNull();
        orders.changeStatus(placed.id(), OrderStatus.READY);
        assertThat(pos.query("SELECT status FROM delivery_order WHERE order_no = '0314-002'"))
            .containsExactly("READY");

        // and the POS's next change reaches OrderNotify
        pos.exec(
            "UPDATE delivery_order SET status = 'DEPARTED', status_changed_at = CURRENT_TIMESTAMP"
                + " WHERE order_no = '0314-002'");
        assertThat(orders.byNo("0314-002").status()).isEqualTo("DEPARTED");
        pos.quit();
      }
      assertThat(orders.byNo("0314-002").status()).isEqualTo("DEPARTED");
    }
  }
}
