package pl.ordernotify.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs after {@code package} (failsafe): lists the runnable jar the build just made and fails when
 * the JavaFX natives of its platform are missing, so a jar that cannot open the console never
 * ships. {@code mvn verify} checks the build machine's jar; {@code mvn -Pwindows verify} the
 * Windows one.
 */
class JarNativesIT {

  /** The native libraries without which JavaFX cannot open a window, per platform. */
  static List<String> requiredNatives(String platform) {
    return switch (platform) {
      case "win" ->
          List.of(
              "glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll", "decora_sse.dll");
      case "mac" ->
          List.of(
              "libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib", "libjavafx_font.dylib");
      case "linux" ->
          List.of(
              "libglass.so",
              "libglassgtk3.so",
              "libprism_es2.so",
              "libprism_sw.so",
              "libjavafx_font.so",
              "libjavafx_font_freetype.so");
      default -> throw new IllegalArgumentException("no JavaFX natives known for " + platform);
    };
  }

  /** The platform named by the build ("host" = the machine running the build). */
  static String platform(String configured, String osName) {
    if (configured != null && !configured.isBlank() && !configured.equals("host")) {
      return configured;
    }
    String os = osName.toLowerCase(Locale.ROOT);
    return os.contains("win") ? "win" : os.contains("mac") ? "mac" : "linux";
  }

  static Set<String> nativesIn(Path jar) throws IOException {
    Set<String> natives = new TreeSet<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream()
          .map(ZipEntry::getName)
          .filter(n -> n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib"))
          .forEach(natives::add);
    }
    return natives;
  }

  @Test
  void theBuiltJarCarriesTheJavaFxNativesOfItsPlatformAndNoOthers() throws IOException {
    // given the jar this build packaged and the platform it was built for
    Path jar = Path.of(System.getProperty("ordernotify.jar", "target/ordernotify.jar"));
    String platform =
        platform(System.getProperty("ordernotify.jar.platform"), System.getProperty("os.name"));
    assertThat(jar).as("the runnable jar").exists();

    // when its entries are listed
    Set<String> natives = nativesIn(jar);

    // then every native JavaFX needs on that platform is at the jar's root, and no other platform's
    assertThat(natives)
        .as("natives in %s for %s", jar.getFileName(), platform)
        .containsAll(requiredNatives(platform));
    String foreign = platform.equals("win") ? ".so" : ".dll";
    assertThat(natives).as("no natives of another platform").noneMatch(n -> n.endsWith(foreign));
  }

  @Test
  void aJarWithoutTheNativesIsCaught(@TempDir Path dir) throws IOException {
    // given a jar holding classes only
    Path jar = dir.resolve("classes-only.jar");
    try (var out = new ZipOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry("pl/ordernotify/Main.class"));
      out.closeEntry();
    }

    // when its natives are listed, then none of Windows' or Linux's required ones are there
    assertThat(nativesIn(jar))
        .doesNotContainAnyElementsOf(requiredNatives("win"))
        .doesNotContainAnyElementsOf(requiredNatives("linux"));
  }
}
