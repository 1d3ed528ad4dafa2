package pl.ordernotify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.ordernotify.testsupport.CliRun;

/** 'stages set' with --grace and the condition flags (issue 16). */
class StagesConditionsCommandTest {

  @TempDir Path dataDir;

  private CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = dataDir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.run(all);
  }

  @Test
  void graceIsSetForLate() {
    CliRun set = run("stages", "set", "LATE", "--grace", "15");
    assertThat(set.status()).isZero();
    assertThat(set.outLines()).anyMatch(l -> l.startsWith("LATE ") && l.contains("+15m"));
  }

  @Test
  void conditionsAreSetReadOutAndClearedOneByOne() {
    // when THANK_YOU gets every kind of condition
    CliRun set =
        run(
            "stages",
            "set",
            "THANK_YOU",
            "--min-value",
            "80",
            "--payment",
            "CASH,card",
            "--first-order-only",
            "--language",
            "pl");
    // and then the payment and value conditions alone are cleared
    CliRun cleared = run("stages", "set", "THANK_YOU", "--any-payment", "--no-min-value");
    // then the others stay, as the sentence of the enabled stage reads
    assertThat(set.status()).isZero();
    assertThat(cleared.status()).isZero();
    run("demo");
    CliRun on = run("stages", "set", "THANK_YOU", "--template", "podziekowanie-pl", "--enable");
    assertThat(on.out())
        .contains(
            "Only for orders that are the customer's first order, from customers whose"
                + " language is pl.");
    CliRun none = run("stages", "set", "THANK_YOU", "--no-conditions");
    assertThat(none.out()).doesNotContain("Only for orders");
  }

  @Test
  void minValueFromEightyIsReadOut() {
    run("demo");
    CliRun on =
        run(
            "stages",
            "set",
            "THANK_YOU",
            "--template",
            "podziekowanie-pl",
            "--enable",
            "--min-value",
            "80",
            "--payment",
            "CARD");
    assertThat(on.status()).isZero();
    assertThat(on.out()).contains("Only for orders from 80,00 zł, paid by card.");
  }

  @Test
  void badConditionValuesFailWithOneSentence() {
    CliRun pay = run("stages", "set", "READY", "--payment", "BITCOIN");
    assertThat(pay.status()).isEqualTo(1);
    assertThat(pay.errLines())
        .containsExactly("There is no payment method 'BITCOIN'. Use CASH, CARD, ONLINE, VOUCHER.");
    CliRun amount = run("stages", "set", "READY", "--min-value", "lots");
    assertThat(amount.errLines()).containsExactly("'lots' is not an amount such as 80 or 80,50.");
  }

  @Test
  void aConditionAndItsClearingFlagTogetherAreBadUsage() {
    CliRun both = run("stages", "set", "READY", "--language", "pl", "--any-language");
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("--language and --any-language cannot be used together.");
  }
}
