package pl.ordernotify.gateway;

import java.util.List;

public sealed interface ReportsResult {

  record Reports(List<DeliveryReport> reports) implements ReportsResult {}

  record Failed(String reason) implements ReportsResult {}
}
