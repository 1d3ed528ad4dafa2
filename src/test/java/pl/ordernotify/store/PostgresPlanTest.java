package pl.ordernotify.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import pl.ordernotify.testsupport.TestDatabase;

/**
 * Issue 14, a flat idle poll: PostgreSQL plans every run of a statement with its own values. A plan
 * made once for any value of "placed_at >= ?" read every order ever placed, so each idle pass grew
 * with the history (4 ms at 10k orders, 43 ms at 1M); bench/run-benchmarks.sh d shows it flat now.
 */
@EnabledIfSystemProperty(named = "ordernotify.test.engine", matches = "postgres")
class PostgresPlanTest {

  @Test
  void everyConnectionPlansEachRunWithItsValues() throws Exception {
    // given a database on PostgreSQL
    try (Database db = TestDatabase.inMemory();
        Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW plan_cache_mode")) {
      // when we ask a pooled connection how it plans prepared statements
      rs.next();

      // then it makes a custom plan for each run
      assertThat(rs.getString(1)).isEqualTo("force_custom_plan");
    }
  }
}
