package pl.ordernotify.console;

import java.time.Instant;
import java.util.List;
import pl.ordernotify.Wiring;
import pl.ordernotify.stages.ThankYouOffer;
import pl.ordernotify.demo.DemoRestaurant;
import pl.ordernotify.messages.MessageRow;

/** {@link ShellServices} over the application's wiring. */
final class WiringShellServices implements ShellServices {

  private final Wiring wiring;
  private Instant failuresCheckedAt;
  private Instant alertsCheckedAt;

  WiringShellServices(Wiring wiring) {
    this.wiring = wiring;
    this.failuresCheckedAt = wiring.clock().instant();
    this.alertsCheckedAt = failuresCheckedAt;
  }

  @Override
  public synchronized List<pl.ordernotify.alerts.AlertMapper.AlertRow> newAlerts() {
    List<pl.ordernotify.alerts.AlertMapper.AlertRow> rows = wiring.alerts().raisedSince(alertsCheckedAt);
    if (!rows.isEmpty()) {
      alertsCheckedAt = rows.get(rows.size() - 1).createdAt();
    }
    return rows;
  }

  @Override
  public synchronized List<MessageRow> newFailures() {
    List<MessageRow> rows = wiring.messages().failedSince(failuresCheckedAt);
    if (!rows.isEmpty()) {
      failuresCheckedAt = rows.get(rows.size() - 1).message().updatedAt();
    }
    return rows;
  }

  @Override
  public boolean takeThankYouNotice() {
    ThankYouOffer offer = wiring.stages().thankYouOffer();
    if (!offer.noticePending()) {
      return false;
    }
    offer.noticeShown();
    return true;
  }

  @Override
  public boolean isEmpty() {
    return wiring.customers().search("", 1).isEmpty()
        && wiring.orders().today(wiring.settings().restaurant().zone()).isEmpty();
  }

  @Override
  public int[] loadDemo() {
    DemoRestaurant.Result r = wiring.demo().load(wiring.settings().restaurant().zone());
    return new int[] {r.customersAdded(), r.ordersAdded()};
  }

  @Override
  public boolean dryRun() {
    return wiring.gatewayAccount().account().dryRun();
  }

  @Override
  public void rememberScreen(Screen screen) {
    wiring.settings().putRaw(StartupState.LAST_SCREEN, screen.name());
  }

  @Override
  public String dataDir() {
    return wiring.location().dataDir().toString();
  }

  @Override
  public pl.ordernotify.messages.Retrying retrying() {
    return wiring.messages().retrying();
  }

  @Override
  public java.time.ZoneId zone() {
    return wiring.settings().restaurant().zone();
  }
}
