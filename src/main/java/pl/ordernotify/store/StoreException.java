package pl.ordernotify.store;

/** The database could not be opened or used; the message is one plain sentence for staff. */
public class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
