package pl.ordernotify.cli;

import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import pl.ordernotify.Wiring;
import pl.ordernotify.demo.DemoRestaurant;

@Command(
    name = "demo",
    description = "Fills the database with a demo restaurant, customers, orders and templates.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Wiring w = Cli.wiring(spec);
    ZoneId zone = w.settings().restaurant().zone();
    DemoRestaurant.Result r = w.demo().load(zone);
    spec.commandLine()
        .getOut()
        .printf(
            "Demo restaurant ready in %s: %d customers, %d of today's orders and %d templates added.%n",
            w.location().dataDir(), r.customersAdded(), r.ordersAdded(), r.templatesImported());
    return 0;
  }
}
