package pl.ordernotify.console.board;

import java.time.Instant;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pl.ordernotify.orders.OrderStatus;

/**
 * One order on the board. Rows are updated in place on every refresh, so the dispatcher's selection
 * survives the two-second refresh.
 */
public final class BoardOrder {

  private final long id;
  private final String orderNo;
  private final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>();
  private final StringProperty statusText = new SimpleStringProperty();
  private final StringProperty since = new SimpleStringProperty();
  private final StringProperty customer = new SimpleStringProperty();
  private final StringProperty total = new SimpleStringProperty();
  private final ObjectProperty<List<SmsBadge>> sms = new SimpleObjectProperty<>(List.of());
  private Instant changedAt;

  BoardOrder(long id, String orderNo) {
    this.id = id;
    this.orderNo = orderNo;
  }

  void update(BoardQuery.Row row) {
    status.set(row.status());
    statusText.set(row.statusText());
    since.set(row.since());
    customer.set(row.customer());
    total.set(row.total());
    changedAt = row.changedAt();
    if (!row.sms().equals(sms.get())) {
      sms.set(row.sms());
    }
  }

  public long id() {
    return id;
  }

  public String orderNo() {
    return orderNo;
  }

  public OrderStatus status() {
    return status.get();
  }

  public Instant changedAt() {
    return changedAt;
  }

  public boolean isClosed() {
    return status.get() == OrderStatus.DELIVERED || status.get() == OrderStatus.CANCELLED;
  }

  public ReadOnlyObjectProperty<OrderStatus> statusProperty() {
    return status;
  }

  public ReadOnlyStringProperty statusTextProperty() {
    return statusText;
  }

  public ReadOnlyStringProperty sinceProperty() {
    return since;
  }

  public ReadOnlyStringProperty customerProperty() {
    return customer;
  }

  public ReadOnlyStringProperty totalProperty() {
    return total;
  }

  public ReadOnlyObjectProperty<List<SmsBadge>> smsProperty() {
    return sms;
  }

  public List<SmsBadge> sms() {
    return sms.get();
  }
}
