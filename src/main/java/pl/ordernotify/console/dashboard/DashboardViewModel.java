package pl.ordernotify.console.dashboard;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pl.ordernotify.console.GatewayWords;
import pl.ordernotify.console.SenderPort;
import pl.ordernotify.console.SenderSnapshot;
import pl.ordernotify.console.StatusBarViewModel;
import pl.ordernotify.console.Ui;
import pl.ordernotify.gateway.BalanceResult;
import pl.ordernotify.messages.MessageStats;
import pl.ordernotify.settings.SettingsService.Restaurant;

/** The dashboard: today and this month in numbers, credits, what waits and why, 14 days as bars. */
public final class DashboardViewModel {

  /** One day of the chart, labelled for the axis. */
  public record Bar(String label, int sent, int failed) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
  private final DashboardServices services;
  private final SenderPort sender;
  private final Ui ui;
  private final ReadOnlyStringWrapper today = new ReadOnlyStringWrapper("–");
  private final ReadOnlyStringWrapper month = new ReadOnlyStringWrapper("–");
  private final ReadOnlyStringWrapper cost = new ReadOnlyStringWrapper("–");
  private final ReadOnlyStringWrapper credits = new ReadOnlyStringWrapper("–");
  private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper senderState = new ReadOnlyStringWrapper("");
  private final ObservableList<Bar> bars = FXCollections.observableArrayList();

  public DashboardViewModel(DashboardServices services, SenderPort sender, Ui ui) {
    this.services = services;
    this.sender = sender;
    this.ui = ui;
  }

  private record Loaded(
      Restaurant restaurant, Figures figures, List<MessageStats.Waiting> waiting) {}

  /** Recounts from the database; cheap enough for every few seconds. */
  public void refresh() {
    ui.background()
        .load(
            () -> {
              Restaurant r = services.settings().restaurant();
              ZoneId zone = r.zone();
              LocalDate day = LocalDate.now(ui.clock().withZone(zone));
              var facts =
                  services
                      .stats()
                      .facts(
                          Figures.since(day, zone), day.plusDays(1).atStartOfDay(zone).toInstant());
              return new Loaded(r, Figures.of(facts, day, zone), services.stats().waiting());
            },
            this::show,
            e -> ui.failed("dashboard.error.load", e));
    showSender(sender.current());
  }

  private void show(Loaded data) {
    Figures f = data.figures();
    today.set(counts(f.today()));
    month.set(counts(f.month()));
    NumberFormat money = NumberFormat.getCurrencyInstance(data.restaurant().locale());
    money.setCurrency(Currency.getInstance(data.restaurant().currency()));
    cost.set(money.format(f.costMonth()));
    List<Bar> list = new ArrayList<>();
    f.days().forEach(d -> list.add(new Bar(DAY.format(d.date()), d.sent(), d.failed())));
    bars.setAll(list);
    waiting.set(waitingText(data.waiting()));
  }

  private String counts(Figures.Counts c) {
    return ui.texts().get("dashboard.counts", c.sent(), c.delivered(), c.failed());
  }

  private String waitingText(List<MessageStats.Waiting> list) {
    int total = list.stream().mapToInt(MessageStats.Waiting::count).sum();
    if (total == 0) {
      return ui.texts().get("dashboard.waiting.none");
    }
    if (sender.current().mode() == SenderSnapshot.Mode.PAUSED) {
      // While paused everything waits for the resume, whatever each message's own reason.
      return ui.texts()
          .get("dashboard.waiting.some", total, ui.texts().get("dashboard.waiting.paused"));
    }
    Map<String, Integer> byWords = new LinkedHashMap<>();
    for (MessageStats.Waiting w : list) {
      byWords.merge(waitingWords(w.reason()), w.count(), Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    byWords.forEach((words, count) -> parts.add(words + ": " + count));
    return ui.texts().get("dashboard.waiting.some", total, String.join(" · ", parts));
  }

  /** Why scheduled messages wait, in a few words; planned ones simply are not due yet. */
  private String waitingWords(String reason) {
    String code = reason == null || "PLANNED".equals(reason) ? "DUE_LATER" : reason;
    if (ui.texts().has("dashboard.waiting." + code)) {
      return ui.texts().get("dashboard.waiting." + code);
    }
    return ui.texts().has("reason." + code) ? ui.texts().get("reason." + code) : code;
  }

  /** Asks the gateway for the credits left; a network call, so only now and then. */
  public void refreshCredits() {
    ui.background()
        .load(
            () ->
                services.gateway().account().dryRun()
                    ? null
                    : services.gateway().gateway().balance(),
            b ->
                credits.set(
                    b == null
                        ? ui.texts().get("dashboard.credits.dryRun")
                        : b instanceof BalanceResult.Balance ok
                            ? new GatewayWords(ui.texts())
                                .balance(services.gateway().gateway().provider(), ok)
                            : new GatewayWords(ui.texts())
                                .failure(((BalanceResult.Failed) b).code())),
            e ->
                credits.set(
                    ui.texts()
                        .get(
                            "dashboard.credits.unknown",
                            new GatewayWords(ui.texts()).failure(null))));
  }

  public void showSender(SenderSnapshot s) {
    senderState.set(StatusBarViewModel.describe(s, ui.texts()));
  }

  public ReadOnlyStringProperty todayProperty() {
    return today.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty monthProperty() {
    return month.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty costProperty() {
    return cost.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty creditsProperty() {
    return credits.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty waitingProperty() {
    return waiting.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty senderStateProperty() {
    return senderState.getReadOnlyProperty();
  }

  public ObservableList<Bar> bars() {
    return bars;
  }
}
