package pl.ordernotify.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import pl.ordernotify.Wiring;
import pl.ordernotify.messages.Message;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.messages.MessageFilter;
import pl.ordernotify.messages.MessageRow;
import pl.ordernotify.messages.MessageStatus;
import pl.ordernotify.sender.SendingState;

@Command(
    name = "messages",
    description = "SMS history: what was sent, skipped or failed, and why.",
    subcommands = {MessagesCommand.ListMessages.class})
final class MessagesCommand {

  @Command(name = "list", description = "Lists messages, newest first, with status and reason.")
  static final class ListMessages implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--order", paramLabel = "ORDER_NO", description = "Only this order's messages.")
    String orderNo;

    @Option(
        names = "--status",
        paramLabel = "S",
        description = "Only this status (SCHEDULED, SENT, SKIPPED, …).")
    String status;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "200",
        description = "At most this many (default 200).")
    int limit;

    @Override
    public Integer call() {
      MessageStatus s = null;
      if (status != null && (s = MessageStatus.parse(status)) == null) {
        throw new IllegalArgumentException(
            "There is no message status '"
                + status
                + "'. Use one of "
                + java.util.Arrays.toString(MessageStatus.values())
                + ".");
      }
      Wiring w = Cli.wiring(spec);
      if (orderNo != null && w.orders().byNo(orderNo) == null) {
        throw new IllegalArgumentException("There is no order number '" + orderNo + "'.");
      }
      MessageFilter f =
          new MessageFilter(orderNo, s == null ? null : s.name(), null, null, null, null, limit);
      List<MessageRow> rows = w.messages().list(f);
      String headline = SendingState.read(w.database()).headline();
      if (headline != null) {
        spec.commandLine().getOut().println(headline);
      }
      print(spec.commandLine().getOut(), rows, w.settings().restaurant().zone());
      return 0;
    }
  }

  static void print(PrintWriter out, List<MessageRow> rows, ZoneId zone) {
    if (rows.isEmpty()) {
      out.println("No messages yet.");
      return;
    }
    DateTimeFormatter time = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(zone);
    out.printf(
        "%-6s %-10s %-9s %-11s %-11s %-11s %-11s %-20s %-5s %-7s %s%n",
        "ID",
        "ORDER",
        "STAGE",
        "STATUS",
        "DUE",
        "EXPIRES",
        "REASON",
        "GATEWAY ID",
        "PARTS",
        "COST",
        "DETAIL");
    for (MessageRow r : rows) {
      Message m = r.message();
      out.printf(
          "%-6d %-10s %-9s %-11s %-11s %-11s %-11s %-20s %-5s %-7s %s%n",
          m.id(),
          Cli.cell(r.orderNo(), 10),
          Cli.cell(m.stage(), 9),
          m.status(),
          time.format(m.dueAt()),
          m.expiresAt() == null ? "-" : time.format(m.expiresAt()),
          Cli.cell(m.reason(), 11),
          Cli.cell(m.gatewayMessageId(), 20),
          m.parts() == null ? "-" : m.parts(),
          m.cost() == null ? "-" : m.cost().stripTrailingZeros().toPlainString(),
          m.reasonDetail() == null ? "" : MessageDetail.english(m.reasonDetail()));
    }
  }
}
