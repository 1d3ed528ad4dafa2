package pl.ordernotify.console;

import java.time.Instant;
import java.util.List;
import pl.ordernotify.demo.DemoRestaurant;
import pl.ordernotify.messages.MessageRow;
import pl.ordernotify.stages.ThankYouOffer;

/** {@link ShellServices} over the application's services. */
final class LiveShellServices implements ShellServices {

  private final ShellSources sources;
  private Instant failuresCheckedAt;
  private Instant alertsCheckedAt;

  LiveShellServices(ShellSources sources) {
    this.sources = sources;
    this.failuresCheckedAt = sources.clock().instant();
    this.alertsCheckedAt = failuresCheckedAt;
  }

  @Override
  public synchronized List<pl.ordernotify.alerts.AlertMapper.AlertRow> newAlerts() {
    List<pl.ordernotify.alerts.AlertMapper.AlertRow> rows =
        sources.alerts().raisedSince(alertsCheckedAt);
    if (!rows.isEmpty()) {
      alertsCheckedAt = rows.get(rows.size() - 1).createdAt();
    }
    return rows;
  }

  @Override
  public synchronized List<MessageRow> newFailures() {
    List<MessageRow> rows = sources.messages().failedSince(failuresCheckedAt);
    if (!rows.isEmpty()) {
      failuresCheckedAt = rows.get(rows.size() - 1).message().updatedAt();
    }
    return rows;
  }

  @Override
  public boolean takeThankYouNotice() {
    ThankYouOffer offer = sources.stages().thankYouOffer();
    if (!offer.noticePending()) {
      return false;
    }
    offer.noticeShown();
    return true;
  }

  @Override
  public boolean isEmpty() {
    return sources.customers().search("", 1).isEmpty()
        && sources.orders().today(sources.settings().restaurant().zone()).isEmpty();
  }

  @Override
  public int[] loadDemo() {
    DemoRestaurant.Result r = sources.demo().load(sources.settings().restaurant().zone());
    return new int[] {r.customersAdded(), r.ordersAdded()};
  }

  @Override
  public boolean dryRun() {
    return sources.gateway().account().dryRun();
  }

  @Override
  public void rememberScreen(Screen screen) {
    sources.settings().putRaw(StartupState.LAST_SCREEN, screen.name());
  }

  @Override
  public String dataDir() {
    return sources.dataDir().toString();
  }

  @Override
  public pl.ordernotify.messages.Retrying retrying() {
    return sources.messages().retrying();
  }

  @Override
  public java.time.ZoneId zone() {
    return sources.settings().restaurant().zone();
  }
}
