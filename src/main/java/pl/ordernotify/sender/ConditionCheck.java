package pl.ordernotify.sender;

import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.orders.OrderMapper;
import pl.ordernotify.stages.StageConditions;
import pl.ordernotify.stages.StageRule;

/** Whether an order meets its stage's conditions; the order is read only when the stage has some. */
final class ConditionCheck {

  private ConditionCheck() {}

  /** The first unmet condition, or null when the stage has none or the order meets them all. */
  static StageConditions.Unmet unmet(SqlSession session, StageRule rule, SenderMapper.OrderChange c,
      Customer customer) {
    StageConditions conditions = rule.conditions();
    if (conditions == null || !conditions.any()) {
      return null;
    }
    DeliveryOrder order = session.getMapper(OrderMapper.class).findById(c.orderId());
    if (order == null) {
      return new StageConditions.Unmet("ORDER_GONE", "the order no longer exists in the POS.");
    }
    String language = customer == null || customer.language() == null ? "pl" : customer.language();
    SenderMapper mapper = session.getMapper(SenderMapper.class);
    return conditions.check(new StageConditions.Facts(order.totalGross(), order.paymentMethod(),
        () -> mapper.countEarlierOrders(order.id(), order.customerId(), order.phone(), order.placedAt()) == 0,
        language));
  }
}
