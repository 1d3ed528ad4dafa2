package pl.ordernotify.store;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * A list bound as one SQL array, for {@code column = ANY(#{ids,typeHandler=...})}: the statement's
 * text stays the same whatever the list's length, so MyBatis need not build it again for each call
 * (a {@code <foreach>} of 100 ids did, and that cost more than the rows it changed), and H2 and
 * PostgreSQL look each element up in the column's index as they do for {@code IN (...)}.
 */
public final class SqlArrays {

  private SqlArrays() {}

  /** Numbers ({@code BIGINT}): ids. */
  public static final class Longs extends Handler {
    public Longs() {
      super("bigint");
    }
  }

  /** Text ({@code VARCHAR}): phone numbers. */
  public static final class Texts extends Handler {
    public Texts() {
      super("varchar");
    }
  }

  /** Parameters only: nothing reads an array back. */
  abstract static class Handler extends BaseTypeHandler<Collection<?>> {
    private final String elementType;

    Handler(String elementType) {
      this.elementType = elementType;
    }

    @Override
    public void setNonNullParameter(
        PreparedStatement ps, int i, Collection<?> values, JdbcType type) throws SQLException {
      java.sql.Array array = ps.getConnection().createArrayOf(elementType, values.toArray());
      ps.setArray(i, array);
    }

    @Override
    public Collection<?> getNullableResult(ResultSet rs, String column) {
      throw new UnsupportedOperationException("SQL arrays are only bound, never read");
    }

    @Override
    public Collection<?> getNullableResult(ResultSet rs, int index) {
      throw new UnsupportedOperationException("SQL arrays are only bound, never read");
    }

    @Override
    public Collection<?> getNullableResult(CallableStatement cs, int index) {
      throw new UnsupportedOperationException("SQL arrays are only bound, never read");
    }
  }
}
