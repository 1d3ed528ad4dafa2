package pl.ordernotify.console;

import java.time.Clock;
import pl.ordernotify.console.board.BoardServices;
import pl.ordernotify.console.campaigns.CampaignsServices;
import pl.ordernotify.console.customers.CustomersServices;
import pl.ordernotify.console.dashboard.DashboardServices;
import pl.ordernotify.console.messages.MessagesServices;
import pl.ordernotify.console.settings.SettingsScreenServices;
import pl.ordernotify.console.stages.StagesServices;
import pl.ordernotify.console.templates.TemplatesScreenServices;
import pl.ordernotify.sender.SenderService;
import pl.ordernotify.settings.SettingsService;

/**
 * Everything the console uses, one object per screen, built outside the console and handed to
 * {@link ConsoleLauncher}. Each call builds that screen's services afresh, as the screen is built.
 */
public interface ConsoleServices {

  Clock clock();

  /** The settings the window itself reads and keeps: language, PIN, last screen, window size. */
  SettingsService settings();

  /** A new sender on this database; the console starts it through {@link SenderPorts}. */
  SenderService sender();

  ShellSources shell();

  BoardServices board();

  StagesServices stages();

  CustomersServices customers();

  TemplatesScreenServices templates();

  MessagesServices messages();

  DashboardServices dashboard();

  CampaignsServices campaigns();

  SettingsScreenServices settingsScreen();
}
