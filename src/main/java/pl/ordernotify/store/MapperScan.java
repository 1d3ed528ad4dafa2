package pl.ordernotify.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the {@link SqlMapper} interfaces by their file names in the jar's directory (or the classes
 * folder), without MyBatis's package scan: that one reads and inflates every entry of the shaded
 * jar and cost seconds of every start-up.
 */
final class MapperScan {

  private static final String ROOT = "pl/ordernotify/";
  private static final String SUFFIX = "Mapper.class";

  private MapperScan() {}

  static List<Class<?>> mappers() {
    List<Class<?>> found = new ArrayList<>();
    for (String name : classNames()) {
      try {
        Class<?> type = Class.forName(name, false, SqlMapper.class.getClassLoader());
        if (type.isInterface()
            && type != SqlMapper.class
            && SqlMapper.class.isAssignableFrom(type)) {
          found.add(type);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("Mapper " + name + " is listed but cannot be loaded", e);
      }
    }
    return found;
  }

  private static List<String> classNames() {
    try {
      Path where =
          Path.of(SqlMapper.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isDirectory(where) ? inFolder(where) : inJar(where);
    } catch (IOException e) {
      throw new UncheckedIOException("The program's own classes could not be read", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("The program's own location cannot be read", e);
    }
  }

  private static List<String> inJar(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      // entries() reads the central directory only; nothing is inflated
      return file.stream()
          .map(e -> e.getName())
          .filter(n -> n.startsWith(ROOT) && n.endsWith(SUFFIX))
          .map(MapperScan::className)
          .toList();
    }
  }

  private static List<String> inFolder(Path classes) throws IOException {
    try (Stream<Path> files = Files.walk(classes.resolve(ROOT))) {
      return files
          .map(p -> classes.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(SUFFIX))
          .map(MapperScan::className)
          .toList();
    }
  }

  private static String className(String entry) {
    return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
  }
}
