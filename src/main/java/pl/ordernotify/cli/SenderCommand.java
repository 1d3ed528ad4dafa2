package pl.ordernotify.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import pl.ordernotify.Signals;
import pl.ordernotify.Wiring;
import pl.ordernotify.sender.SenderService;
import pl.ordernotify.sender.SenderStatus;
import pl.ordernotify.sender.SendingState;

@Command(
    name = "sender",
    description =
        "Runs the headless sender until stopped; Ctrl-C or SIGTERM finishes the send in flight.",
    subcommands = {SenderCommand.Resume.class, SenderCommand.Status.class})
final class SenderCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(SenderCommand.class);

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Wiring w = Cli.wiring(spec);
    PrintWriter out = spec.commandLine().getOut();
    w.onDatabaseWait(new DatabaseWaitLine(out));
    SenderService sender = w.sender();
    CountDownLatch stopped = new CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean once =
        new java.util.concurrent.atomic.AtomicBoolean();
    Runnable stop =
        () -> {
          if (!once.compareAndSet(false, true)) {
            return;
          }
          log.info("Stop requested; finishing the send in flight");
          sender.close();
          w.close();
          stopped.countDown();
        };
    // SIGTERM and Ctrl-C stop the sender before the JVM's shutdown begins: H2 closes the database
    // from its own shutdown hook, which would race with writing the last outcome and the lease.
    Signals.onTermOrInt(stop);
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "ordernotify-shutdown"));
    sender.addListener(new ModeLog(out, sender.holder()));
    sender.start();
    out.printf(
        "Sender running on %s. Logs: %s. Stop with Ctrl-C.%n",
        w.location().dataDir(), w.location().logDir());
    out.flush();
    stopped.await();
    return 0;
  }

  /** Prints and logs each change of mode once, not every pass. */
  private static final class ModeLog implements java.util.function.Consumer<SenderStatus> {
    private final PrintWriter out;
    private final String self;
    private String last;

    ModeLog(PrintWriter out, String self) {
      this.out = out;
      this.self = self;
    }

    @Override
    public void accept(SenderStatus s) {
      String line =
          switch (s.mode()) {
            case RUNNING -> "Sending.";
            case STANDBY ->
                s.leaseHolder() == null || s.leaseHolder().equals(self)
                    ? "Starting: taking the sender lease…"
                    : "Standby: the sender lease is held by "
                        + s.leaseHolder()
                        + " (another sender, or one that stopped without releasing it); taking over when it lapses.";
            case PAUSED ->
                "Sending is paused: "
                    + s.pauseReason()
                    + ". Fix the gateway account, then run 'ordernotify sender resume'.";
            case STOPPED -> "Stopped.";
          };
      if (!line.equals(last)) {
        last = line;
        out.println(line);
        out.flush();
        log.info("Sender: {}", line);
      }
    }
  }

  @Command(name = "resume", description = "Resumes sending after an account problem was fixed.")
  static final class Resume implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      boolean lifted = SendingState.lift(Cli.wiring(spec).database());
      spec.commandLine()
          .getOut()
          .println(
              lifted
                  ? "Sending resumed. A running sender picks it up within a second."
                  : "Sending was not paused.");
      return 0;
    }
  }

  @Command(
      name = "status",
      description = "Shows whether sending is paused and how many messages wait.")
  static final class Status implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      SendingState s = SendingState.read(Cli.wiring(spec).database());
      PrintWriter out = spec.commandLine().getOut();
      out.println(s.headline() == null ? "Sending is not paused." : s.headline());
      out.printf(
          "%d message(s) queued, %d of them waiting for the monthly limit.%n",
          s.waiting(), s.waitingQuota());
      return 0;
    }
  }
}
