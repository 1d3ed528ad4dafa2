package pl.ordernotify.store;

/**
 * Marks a MyBatis mapper interface. {@link Database} registers every interface under {@code
 * pl.ordernotify} whose name ends in {@code Mapper} and that extends this one, with the XML file of
 * the same name beside it.
 */
public interface SqlMapper {}
