package pl.ordernotify.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ready templates shipped in {@code sample-templates/}: from the folder beside the program when
 * there is one, otherwise from inside the jar.
 */
public final class SampleTemplates {

  private static final String FOLDER = "sample-templates";

  private SampleTemplates() {}

  /** The shipped template files, sorted by name; empty when none can be found. */
  public static List<Path> files() {
    Path local = Path.of(FOLDER);
    if (Files.isDirectory(local)) {
      return list(local);
    }
    URL readme = SampleTemplates.class.getClassLoader().getResource(FOLDER + "/README.md");
    if (readme == null) {
      return List.of();
    }
    try {
      URI uri = readme.toURI();
      if ("jar".equals(uri.getScheme())) {
        return list(jarFileSystem(uri).getPath("/" + FOLDER));
      }
      return list(Path.of(uri).getParent());
    } catch (URISyntaxException | IOException e) {
      throw new UncheckedIOException(new IOException("The sample templates cannot be read.", e));
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(TemplateFile.EXTENSION))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("The sample templates in " + dir + " cannot be read.", e);
    }
  }
}
