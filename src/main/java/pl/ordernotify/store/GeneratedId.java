package pl.ordernotify.store;

/**
 * Receives the identity a database generated for an inserted row. Records cannot be written into,
 * so mappers take one of these beside the record: {@code keyProperty="key.id"}.
 */
public final class GeneratedId {

  private Long id;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long value() {
    if (id == null) {
      throw new IllegalStateException("the database returned no generated id");
    }
    return id;
  }
}
