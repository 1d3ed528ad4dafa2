package pl.ordernotify.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import pl.ordernotify.Wiring;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.settings.Setting;
import pl.ordernotify.settings.SettingsService.Restaurant;
import pl.ordernotify.stages.NeededSettings;
import pl.ordernotify.templates.OrderValues;
import pl.ordernotify.templates.RenderValues;
import pl.ordernotify.templates.SavedTemplate;
import pl.ordernotify.templates.SmsCount;
import pl.ordernotify.templates.SmsLength;
import pl.ordernotify.templates.TemplateService;
import pl.ordernotify.templates.TemplateService.Preview;

@Command(
    name = "templates",
    description = "SMS templates with <<variable>> placeholders.",
    subcommands = {
      TemplatesCommand.ListTemplates.class,
      TemplatesCommand.ImportTemplates.class,
      TemplatesCommand.PreviewTemplate.class
    })
final class TemplatesCommand {

  @Command(name = "list", description = "Lists the stored templates.")
  static final class ListTemplates implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<SavedTemplate> all = Cli.wiring(spec).templates().list();
      if (all.isEmpty()) {
        out.println(
            "No templates yet. Import the ready ones: templates import sample-templates/*.sms.txt");
        return 0;
      }
      out.printf("%-24s %-9s %-4s %s%n", "NAME", "KIND", "LANG", "TEXT");
      for (SavedTemplate t : all) {
        out.printf(
            "%-24s %-9s %-4s %s%n",
            Cli.cell(t.name(), 24),
            t.kind(),
            t.language(),
            Cli.cell(t.body().replace('\n', ' '), 70));
      }
      return 0;
    }
  }

  @Command(name = "import", description = "Imports template files, all or nothing.")
  static final class ImportTemplates implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Template files (*.sms.txt).")
    List<Path> files;

    @Override
    public Integer call() {
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          throw new IllegalArgumentException("There is no file " + f + ". Nothing was imported.");
        }
      }
      List<SavedTemplate> saved = Cli.wiring(spec).templates().importFiles(files);
      PrintWriter out = spec.commandLine().getOut();
      for (SavedTemplate t : saved) {
        out.printf("Imported %s (%s, %s)%n", t.name(), t.kind(), t.language());
      }
      out.printf("%d template(s) imported.%n", saved.size());
      return 0;
    }
  }

  @Command(
      name = "preview",
      description = "Renders a template for an order (or a sample order) and measures it.")
  static final class PreviewTemplate implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "NAME",
        description = "Template name (see 'templates list').")
    String name;

    @Option(
        names = "--order",
        paramLabel = "ORDER_NO",
        description = "Render for this order instead of a sample.")
    String orderNo;

    @Override
    public Integer call() {
      Wiring w = Cli.wiring(spec);
      TemplateService templates = w.templates();
      SavedTemplate t =
          templates
              .byName(name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "There is no template named '"
                              + name
                              + "'. See 'templates list' for the names."));
      Restaurant r = w.settings().restaurant();
      RenderValues values = values(w, t, r);
      Preview asTyped = templates.preview(t, values, false);
      List<Setting> missing = NeededSettings.missing(t.body(), w.settings()::get);
      String needs =
          missing.isEmpty()
              ? null
              : "this template needs "
                  + NeededSettings.describe(missing)
                  + ", so the sender would skip every SMS of it (MISSING_VALUE). Set "
                  + (missing.size() == 1 ? "it" : "them")
                  + " with 'settings set "
                  + NeededSettings.flags(missing)
                  + "'.";
      if (asTyped.text() == null) {
        throw new IllegalStateException(
            needs != null
                ? "There is nothing to preview yet: " + needs
                : "This template cannot be rendered for that order: " + asTyped.refusal());
      }
      if (needs != null) {
        spec.commandLine().getErr().println("Warning: " + needs);
      }
      Preview folded = templates.preview(t, values, true);
      PrintWriter out = spec.commandLine().getOut();
      out.println(asTyped.text());
      out.println();
      describe(out, "As typed:          ", asTyped.count(), r.pricePerPart(), r.currency());
      describe(out, "Without diacritics:", folded.count(), r.pricePerPart(), r.currency());
      out.printf(
          "The sender sends it %s (setting sms.foldDiacritics=%s).%n",
          r.foldDiacritics() ? "without diacritics" : "as typed", r.foldDiacritics());
      return 0;
    }

    private RenderValues values(Wiring w, SavedTemplate t, Restaurant r) {
      if (orderNo == null) {
        return OrderValues.sample(r, t.language(), w.clock());
      }
      DeliveryOrder order = w.orders().byNo(orderNo);
      if (order == null) {
        throw new IllegalArgumentException("There is no order number '" + orderNo + "'.");
      }
      var customer = order.customerId() == null ? null : w.customers().byId(order.customerId());
      return OrderValues.of(order, customer, r, t.language());
    }
  }

  static void describe(
      PrintWriter out, String label, SmsCount c, BigDecimal price, String currency) {
    String culprits =
        c.ucs2Characters().isEmpty()
            ? ""
            : " (because of " + String.join(" ", c.ucs2Characters()) + ")";
    out.printf(
        "%s %d characters, %s%s, %d SMS part(s), about %s %s%n",
        label,
        c.characters(),
        c.encoding() == pl.ordernotify.templates.SmsEncoding.GSM7 ? "GSM-7" : "UCS-2 (Unicode)",
        culprits,
        c.parts(),
        SmsLength.estimateCost(c.parts(), price).toPlainString(),
        currency);
  }
}
