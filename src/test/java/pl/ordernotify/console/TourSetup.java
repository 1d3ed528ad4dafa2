package pl.ordernotify.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import pl.ordernotify.Wiring;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageChange;
import pl.ordernotify.testsupport.Conditions;

/** What the screenshot tour does to the demo restaurant so every screen has something to show. */
final class TourSetup {

  private TourSetup() {}

  static SenderPorts.Live sender(Wiring wiring) {
    return SenderPorts.start(wiring.sender());
  }

  static void stop(SenderPorts.Live sender) {
    sender.close();
  }

  /** Enables two stages and moves a few orders on, then waits until their SMS went out. */
  static void afterDemo(Wiring wiring, SenderPorts.Live sender, ConsoleShell shell) {
    var zone = wiring.settings().restaurant().zone();
    Conditions.await(
        "the demo restaurant to load",
        Duration.ofSeconds(30),
        () -> shell.idle() && wiring.orders().today(zone).size() >= 30);
    // the sender notes each order's status as it first sees it; only later changes are texted
    Conditions.await(
        "the sender to see the demo orders",
        Duration.ofSeconds(30),
        () -> count(wiring, "SELECT COUNT(*) FROM order_seen") >= 30);
    wiring.stages().apply(StageChange.of(Stage.READY).withEnabled(true));
    wiring.stages().apply(StageChange.of(Stage.DEPARTED).withEnabled(true).withDelay(0));
    var orders = wiring.orders().today(zone);
    List<Long> moved = new ArrayList<>();
    orders.stream()
        .filter(o -> o.orderStatus() == OrderStatus.ACCEPTED)
        .limit(2)
        .forEach(o -> moved.add(wiring.orders().changeStatus(o.id(), OrderStatus.READY).id()));
    orders.stream()
        .filter(o -> o.orderStatus() == OrderStatus.READY)
        .limit(3)
        .forEach(o -> moved.add(wiring.orders().changeStatus(o.id(), OrderStatus.DEPARTED).id()));
    sender.wake();
    Conditions.await(
        "the SMS of the moved orders",
        Duration.ofSeconds(30),
        () ->
            moved.stream()
                .allMatch(
                    id ->
                        wiring.messages().forOrder(id).stream()
                            .anyMatch(
                                r ->
                                    !r.message().status().equals(MessageStatus.SCHEDULED)
                                        && !r.message().status().equals(MessageStatus.SENDING))));
  }

  static void prepare(pl.ordernotify.console.Screen screen, Scene scene) {
    if (screen == pl.ordernotify.console.Screen.BOARD) {
      ScreenshotTour.selectOrderWithSms(scene);
    } else if (screen == pl.ordernotify.console.Screen.MESSAGES) {
      ScreenshotTour.selectMessageWithReason(scene);
    } else if (screen == pl.ordernotify.console.Screen.CUSTOMERS) {
      ScreenshotTour.selectCustomerWithHistory(scene);
    }
  }

  /**
   * Pauses sending the way the sender does when SMSAPI answers error 103 (no credits left): the
   * same sender_pause row its PauseControl writes, so the console shows a real pause.
   */
  static void pauseForNoCredits(Wiring wiring, SenderPorts.Live sender) {
    sql(
        wiring,
        "UPDATE sender_pause SET paused = TRUE, code = '103',"
            + " reason = 'SMSAPI error 103: not enough points on the account (Not enough points)',"
            + " paused_at = CURRENT_TIMESTAMP, account_updated_at = (SELECT updated_at FROM gateway_account WHERE id = 1)"
            + " WHERE id = 1");
    var orders = wiring.orders().today(wiring.settings().restaurant().zone());
    orders.stream()
        .filter(o -> o.orderStatus() == OrderStatus.READY)
        .limit(1)
        .forEach(o -> wiring.orders().changeStatus(o.id(), OrderStatus.DEPARTED));
    sender.wake();
    Conditions.await(
        "an SMS waiting behind the pause",
        Duration.ofSeconds(30),
        () -> count(wiring, "SELECT COUNT(*) FROM message WHERE status = 'SCHEDULED'") >= 1);
  }

  static void resume(Wiring wiring, SenderPorts.Live sender) {
    sender.resume();
    sender.wake();
  }

  private static long count(Wiring wiring, String query) {
    try (java.sql.Connection c = wiring.database().dataSource().getConnection();
        java.sql.Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sql(Wiring wiring, String statement) {
    try (java.sql.Connection c = wiring.database().dataSource().getConnection();
        java.sql.Statement st = c.createStatement()) {
      st.executeUpdate(statement);
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void setPin(Wiring wiring, ConsoleShell shell) {
    wiring.settings().put(Setting.MANAGER_PIN_HASH, PinHash.hash("2468"));
    ScreenshotTour.fx(
        () -> {
          shell.pin().changed(wiring.settings().get(Setting.MANAGER_PIN_HASH));
          shell.pin().lock();
          return 0;
        });
  }
}
