package pl.ordernotify;

import java.time.Clock;
import pl.ordernotify.console.ConsoleServices;
import pl.ordernotify.console.ShellSources;
import pl.ordernotify.console.board.BoardServices;
import pl.ordernotify.console.campaigns.CampaignsServices;
import pl.ordernotify.console.customers.ConsentPaneModel;
import pl.ordernotify.console.customers.CustomersServices;
import pl.ordernotify.console.dashboard.DashboardServices;
import pl.ordernotify.console.messages.MessagesServices;
import pl.ordernotify.console.settings.SettingsScreenServices;
import pl.ordernotify.console.stages.StagesServices;
import pl.ordernotify.console.templates.TemplatesScreenServices;
import pl.ordernotify.console.templates.TemplatesServices;
import pl.ordernotify.customers.Replies;
import pl.ordernotify.messages.MessageCommands;
import pl.ordernotify.messages.MessageStats;
import pl.ordernotify.sender.SenderService;
import pl.ordernotify.settings.SettingsService;

/**
 * The one place that builds the console's per-screen services from {@link Wiring}; the console
 * never sees Wiring.
 */
public final class WiringConsoleServices implements ConsoleServices {

  private final Wiring w;

  public WiringConsoleServices(Wiring wiring) {
    this.w = wiring;
  }

  @Override
  public Clock clock() {
    return w.clock();
  }

  @Override
  public SettingsService settings() {
    return w.settings();
  }

  @Override
  public SenderService sender() {
    return w.sender();
  }

  @Override
  public ShellSources shell() {
    return new ShellSources(
        w.clock(),
        w.alerts(),
        w.messages(),
        w.stages(),
        w.customers(),
        w.orders(),
        w.settings(),
        w.demo(),
        w.gatewayAccount(),
        w.location().dataDir());
  }

  @Override
  public BoardServices board() {
    return new BoardServices(w.orders(), w.messages(), w.customers(), w.settings());
  }

  @Override
  public StagesServices stages() {
    return new StagesServices(w.stages(), w.templates());
  }

  @Override
  public CustomersServices customers() {
    return new CustomersServices(
        w.customers(),
        w.messages(),
        w.settings(),
        new ConsentPaneModel.Services(
            w.consent(), w.suppressions(), new Replies(w.database(), w.clock()), w.settings()));
  }

  @Override
  public TemplatesScreenServices templates() {
    return new TemplatesScreenServices(
        new TemplatesServices(w.templates(), w.settings(), w.orders(), w.customers()),
        w.gatewayAccount());
  }

  @Override
  public MessagesServices messages() {
    return new MessagesServices(
        w.messages(), w.settings(), new MessageCommands(w.database(), w.clock()));
  }

  @Override
  public DashboardServices dashboard() {
    return new DashboardServices(new MessageStats(w.database()), w.settings(), w.gatewayAccount());
  }

  @Override
  public CampaignsServices campaigns() {
    return new CampaignsServices(w.campaigns(), w.templates(), w.settings());
  }

  @Override
  public SettingsScreenServices settingsScreen() {
    return new SettingsScreenServices(w.settings(), w.gatewayAccount(), w.alerts());
  }
}
