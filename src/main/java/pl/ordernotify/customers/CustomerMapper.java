package pl.ordernotify.customers;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.store.SqlMapper;

public interface CustomerMapper extends SqlMapper {

  Customer findById(long id);

  List<Customer> findByPhone(String phone);

  /** Name or phone contains {@code text} (case-insensitive); all when text is blank. */
  List<Customer> search(
      @Param("text") String text, @Param("digits") String digits, @Param("limit") int limit);

  void insert(@Param("c") Customer customer, @Param("key") GeneratedId key);

  int setOptOut(@Param("id") long id, @Param("value") boolean value);

  int setMarketingConsent(@Param("id") long id, @Param("value") boolean value);

  long count();
}
