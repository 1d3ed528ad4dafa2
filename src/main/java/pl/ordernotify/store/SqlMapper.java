package pl.ordernotify.store;

/**
 * Marks a MyBatis mapper interface. {@link Database} registers every interface under
 * {@code pl.ordernotify} that extends this one, with the XML file of the same name beside it.
 */
public interface SqlMapper {}
