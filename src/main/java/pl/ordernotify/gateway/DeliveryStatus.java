package pl.ordernotify.gateway;

/** A gateway's delivery status, mapped onto the few outcomes the restaurant cares about. */
public enum DeliveryStatus {
  /** Queued, sent, waiting for the operator's report. */
  PENDING(false),
  DELIVERED(true),
  UNDELIVERED(true),
  EXPIRED(true),
  FAILED(true),
  /** No report will ever come. */
  UNKNOWN(true);

  private final boolean fin;

  DeliveryStatus(boolean fin) {
    this.fin = fin;
  }

  public boolean isFinal() {
    return fin;
  }
}
