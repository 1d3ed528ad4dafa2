package pl.ordernotify.gateway;

import java.math.BigDecimal;

public sealed interface BalanceResult {

  /**
   * {@code description} is the balance in plain words ("40 SMS FULL left", "123.45 points"). {@code
   * amount} is null when the account has no limit (SerwerSMS {@code no_limit}).
   */
  record Balance(BigDecimal amount, String description) implements BalanceResult {}

  record Failed(String code, String reason) implements BalanceResult {}
}
