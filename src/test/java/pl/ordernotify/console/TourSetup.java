package pl.ordernotify.console;

import javafx.scene.Scene;
import pl.ordernotify.Wiring;
import pl.ordernotify.orders.OrderStatus;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.stages.Stage;
import pl.ordernotify.stages.StageChange;

/** What the screenshot tour does to the demo restaurant so every screen has something to show. */
final class TourSetup {

  private TourSetup() {}

  static SenderPorts.Live sender(Wiring wiring) {
    return SenderPorts.start(wiring);
  }

  static void stop(SenderPorts.Live sender) {
    sender.close();
  }

  /** Enables two stages and moves a few orders on, so SMS appear. */
  static void afterDemo(Wiring wiring, SenderPorts.Live sender) {
    ScreenshotTour.pause(1500);
    wiring.stages().apply(StageChange.of(Stage.READY).withEnabled(true));
    wiring.stages().apply(StageChange.of(Stage.DEPARTED).withEnabled(true).withDelay(0));
    var orders = wiring.orders().today(wiring.settings().restaurant().zone());
    orders.stream().filter(o -> o.orderStatus() == OrderStatus.ACCEPTED).limit(2)
        .forEach(o -> wiring.orders().changeStatus(o.id(), OrderStatus.READY));
    orders.stream().filter(o -> o.orderStatus() == OrderStatus.READY).limit(3)
        .forEach(o -> wiring.orders().changeStatus(o.id(), OrderStatus.DEPARTED));
    sender.wake();
    ScreenshotTour.pause(4000);
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
    sql(wiring, "UPDATE sender_pause SET paused = TRUE, code = '103',"
        + " reason = 'SMSAPI error 103: not enough points on the account (Not enough points)',"
        + " paused_at = CURRENT_TIMESTAMP, account_updated_at = (SELECT updated_at FROM gateway_account WHERE id = 1)"
        + " WHERE id = 1");
    var orders = wiring.orders().today(wiring.settings().restaurant().zone());
    orders.stream().filter(o -> o.orderStatus() == OrderStatus.READY).limit(1)
        .forEach(o -> wiring.orders().changeStatus(o.id(), OrderStatus.DEPARTED));
    sender.wake();
  }

  static void resume(Wiring wiring, SenderPorts.Live sender) {
    sender.resume();
    sender.wake();
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
    ScreenshotTour.fx(() -> {
      shell.pin().changed(wiring.settings().get(Setting.MANAGER_PIN_HASH));
      shell.pin().lock();
      return 0;
    });
  }
}
