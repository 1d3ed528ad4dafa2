package pl.ordernotify.sender;

import org.apache.ibatis.session.SqlSession;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.messages.DetailCode;
import pl.ordernotify.messages.MessageDetail;
import pl.ordernotify.orders.ChangeMapper;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.orders.OrderChange;
import pl.ordernotify.orders.OrderMapper;
import pl.ordernotify.stages.StageConditions;
import pl.ordernotify.stages.StageRule;

/**
 * Whether an order meets its stage's conditions; the order is read only when the stage has some.
 */
final class ConditionCheck {

  private ConditionCheck() {}

  /**
   * The first unmet condition as a message detail, or null when the stage has none or the order
   * meets them all.
   */
  static MessageDetail unmet(SqlSession session, StageRule rule, OrderChange c, Customer customer) {
    StageConditions conditions = rule.conditions();
    if (conditions == null || !conditions.any()) {
      return null;
    }
    DeliveryOrder order = session.getMapper(OrderMapper.class).findById(c.orderId());
    if (order == null) {
      return MessageDetail.of(DetailCode.ORDER_GONE);
    }
    String language = customer == null || customer.language() == null ? "pl" : customer.language();
    ChangeMapper mapper = session.getMapper(ChangeMapper.class);
    StageConditions.Unmet unmet =
        conditions.check(
            new StageConditions.Facts(
                order.totalGross(),
                order.paymentMethod(),
                () ->
                    mapper.countEarlierOrders(
                            order.id(), order.customerId(), order.phone(), order.placedAt())
                        == 0,
                language));
    return unmet == null ? null : detail(unmet);
  }

  private static MessageDetail detail(StageConditions.Unmet unmet) {
    DetailCode code =
        switch (unmet.condition()) {
          case MIN_VALUE -> DetailCode.CONDITION_MIN_VALUE;
          case MAX_VALUE -> DetailCode.CONDITION_MAX_VALUE;
          case PAYMENT ->
              unmet.values().get(0).isEmpty()
                  ? DetailCode.CONDITION_PAYMENT_UNKNOWN
                  : DetailCode.CONDITION_PAYMENT;
          case LANGUAGE -> DetailCode.CONDITION_LANGUAGE;
          case FIRST_ORDER -> DetailCode.CONDITION_FIRST_ORDER;
        };
    return code == DetailCode.CONDITION_PAYMENT_UNKNOWN
        ? MessageDetail.of(code, unmet.values().get(1))
        : new MessageDetail(code, unmet.values());
  }
}
