package pl.ordernotify.store;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Instants travel as {@code TIMESTAMP WITH TIME ZONE} values through {@link OffsetDateTime}, so
 * neither H2 nor PostgreSQL ever applies the JVM's default zone to them.
 */
public final class InstantTypeHandler extends BaseTypeHandler<Instant> {

  @Override
  public void setNonNullParameter(PreparedStatement ps, int i, Instant value, JdbcType type)
      throws SQLException {
    ps.setObject(i, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
  }

  @Override
  public Instant getNullableResult(ResultSet rs, String column) throws SQLException {
    return toInstant(rs.getObject(column, OffsetDateTime.class));
  }

  @Override
  public Instant getNullableResult(ResultSet rs, int index) throws SQLException {
    return toInstant(rs.getObject(index, OffsetDateTime.class));
  }

  @Override
  public Instant getNullableResult(CallableStatement cs, int index) throws SQLException {
    return toInstant(cs.getObject(index, OffsetDateTime.class));
  }

  private static Instant toInstant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
