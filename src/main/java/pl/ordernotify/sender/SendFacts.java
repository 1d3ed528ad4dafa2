package pl.ordernotify.sender;

import pl.ordernotify.customers.Customer;
import pl.ordernotify.customers.CustomerMapper;
import pl.ordernotify.orders.DeliveryOrder;
import pl.ordernotify.orders.OrderMapper;
import pl.ordernotify.store.Database;

/**
 * The order, customer and template as they are at send time (DESIGN §3 rule 3). Any may be null.
 */
record SendFacts(DeliveryOrder order, Customer customer, SenderMapper.TemplateBody template) {

  static SendFacts load(Database db, Claim c) {
    return db.inTransaction(
        session -> {
          DeliveryOrder order =
              c.message().orderId() == null
                  ? null
                  : session.getMapper(OrderMapper.class).findById(c.message().orderId());
          Long customerId =
              order != null && order.customerId() != null
                  ? order.customerId()
                  : c.message().customerId();
          Customer customer =
              customerId == null
                  ? null
                  : session.getMapper(CustomerMapper.class).findById(customerId);
          SenderMapper.TemplateBody template =
              c.message().templateId() == null
                  ? null
                  : session.getMapper(SenderMapper.class).templateBody(c.message().templateId());
          return new SendFacts(order, customer, template);
        });
  }

  /** The order's own phone overrides the customer's (DESIGN §2). */
  String phone() {
    if (order != null && order.phone() != null && !order.phone().isBlank()) {
      return order.phone();
    }
    return customer == null ? null : customer.phone();
  }
}
