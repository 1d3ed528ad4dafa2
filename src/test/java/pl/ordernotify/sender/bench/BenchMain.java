package pl.ordernotify.sender.bench;

/**
 * The sender benchmarks of issue 5 point 9; not part of 'mvn test'. Run with {@code
 * bench/run-benchmarks.sh [a|b|c|d|all]}; results go to docs/benchmarks.md by hand.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "all";
    if (which.equals("a") || which.equals("all")) {
      print(ProcessBench.latency(1000));
    }
    if (which.equals("b") || which.equals("all")) {
      print(ThroughputBench.run(10_000, 8));
      print(ThroughputBench.run(Integer.getInteger("bench.sequential", 2_000), 1));
    }
    if (which.equals("c") || which.equals("all")) {
      print(ProcessBench.idle(60));
    }
    if (which.equals("d") || which.equals("all")) {
      print(PollCostBench.run(10_000, 300));
      print(PollCostBench.run(1_000_000, 300));
    }
    System.exit(0);
  }

  private static void print(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
