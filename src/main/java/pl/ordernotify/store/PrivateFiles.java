package pl.ordernotify.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the data folder the owner's: the database holds every customer's name, number and SMS, so
 * the folder, its sub-folders and every file in them are readable by their owner only. Run at each
 * start, it also tightens folders that older versions left open to every local account.
 */
public final class PrivateFiles {

  private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);

  private PrivateFiles() {}

  /**
   * Owner-only permissions on {@code dir} and on what OrderNotify keeps in it: the database and its
   * lock, trace and temporary files, db.properties, the key file, and the logs and backups folders
   * with everything in them. Other files are left alone, in case {@code --data-dir} names a folder
   * that holds more than OrderNotify's data.
   */
  public static void tighten(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(dir, 3)) {
      all = walk.filter(p -> p.equals(dir) || ours(dir.relativize(p))).toList();
    } catch (IOException | RuntimeException e) {
      log.warn("Could not list the data folder to restrict its permissions: {}", e.toString());
      return;
    }
    for (Path p : all) {
      try {
        restrict(p, Files.isDirectory(p));
      } catch (IOException | RuntimeException e) {
        // A file that vanished meanwhile (a lock or temp file) or one we do not own: the folder
        // itself is owner-only, which is what keeps others out.
        log.debug("Could not restrict {}: {}", p.getFileName(), e.toString());
      }
    }
  }

  private static boolean ours(Path relative) {
    String top = relative.getName(0).toString();
    return top.startsWith("ordernotify")
        || top.startsWith("db.properties")
        || top.startsWith("secret.key")
        || top.equals("logs")
        || top.equals("backups");
  }

  /** Creates {@code dir} if needed and makes it owner-only. */
  public static void createDirectory(Path dir) throws IOException {
    Files.createDirectories(dir);
    restrict(dir, true);
  }

  static void restrict(Path p, boolean directory) throws IOException {
    try {
      Files.setPosixFilePermissions(
          p, PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
    } catch (UnsupportedOperationException e) {
      File f = p.toFile();
      f.setReadable(false, false);
      f.setReadable(true, true);
      f.setWritable(false, false);
      f.setWritable(true, true);
      if (directory) {
        f.setExecutable(false, false);
        f.setExecutable(true, true);
      }
    }
  }
}
