package pl.ordernotify.console;

import pl.ordernotify.Wiring;
import pl.ordernotify.demo.DemoRestaurant;

/** {@link ShellServices} over the application's wiring. */
final class WiringShellServices implements ShellServices {

  private final Wiring wiring;

  WiringShellServices(Wiring wiring) {
    this.wiring = wiring;
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
}
