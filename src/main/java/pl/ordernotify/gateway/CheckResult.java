package pl.ordernotify.gateway;

/** Result of a connection and token check that sends nothing. */
public sealed interface CheckResult {

  record Ok(String description) implements CheckResult {}

  record Failed(String code, String reason) implements CheckResult {}
}
