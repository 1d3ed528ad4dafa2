package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12: every screen of the Polish console at 1024×768 shows no sentence of the English bundle
 * that the Polish one lacks, and its buttons lie fully inside the window, their words not cut.
 */
@ExtendWith(ApplicationExtension.class)
class PolishAt1024UITest {

  @TempDir Path dataDir;
  private ConsoleHarness console;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    console = new ConsoleHarness(dataDir, new FakeSender());
    console.wiring.demo().load(Fixture.WARSAW);
    console.open(stage);
    stage.setMaximized(false);
    stage.setWidth(1024);
    stage.setHeight(768);
  }

  @AfterEach
  void tearDown() {
    console.close();
  }

  @Test
  void everyScreenIsPolishAndItsButtonsFitAt1024By768(FxRobot robot) {
    Set<String> englishOnly = englishOnlyTexts();
    List<String> problems = new ArrayList<>();
    for (Screen screen : Screen.values()) {
      // given the screen opened at 1024x768
      robot.clickOn("#nav-" + screen.name().toLowerCase(Locale.ROOT));
      settle();

      // then no English-only text shows, and every button lies inside the window, uncut
      visibleTexts(stage.getScene().getRoot()).stream()
          .filter(englishOnly::contains)
          .forEach(t -> problems.add(screen + ": English '" + t + "'"));
      buttonsOutsideOrCut().forEach(b -> problems.add(screen + ": " + b));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aRefusedGatewayAccountIsExplainedInPolishWithAStepInTheWindow(FxRobot robot) {
    // given the gateway settings with SMSAPI chosen and no token
    robot.clickOn("#nav-settings");
    settle();
    WaitForAsyncUtils.asyncFx(
        () ->
            robot
                .lookup("#provider")
                .<javafx.scene.control.ComboBox<String>>query()
                .getSelectionModel()
                .select("smsapi"));
    settle();

    // when it is saved
    robot.interact(
        () -> robot.lookup("#saveGateway").queryButton().fire()); // below the fold at 1024x768
    settle();

    // then the refusal is the Polish sentence, not the service's English one
    List<String> shown = visibleTexts(stage.getScene().getRoot());
    assertThat(shown).anyMatch(t -> t.contains("potrzebuje tokenu API"));
    assertThat(shown)
        .noneMatch(t -> t.contains("needs an API token") || t.contains("--token-file"));
  }

  private void settle() {
    WaitForAsyncUtils.waitForFxEvents();
    ConsoleHarness.waitUntil(() -> console.shell().idle());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Texts of the English bundle without placeholders that the Polish bundle does not have too. */
  private static Set<String> englishOnlyTexts() {
    Texts en = Texts.forLanguage("en");
    Texts pl = Texts.forLanguage("pl");
    Set<String> polish = new HashSet<>();
    pl.bundle().keySet().forEach(k -> polish.add(pl.bundle().getString(k).replace("_", "")));
    Set<String> english = new HashSet<>();
    for (String key : en.bundle().keySet()) {
      String value = en.bundle().getString(key).replace("_", "");
      if (!value.contains("{") && !polish.contains(value) && value.length() > 1) {
        english.add(value);
      }
    }
    return english;
  }

  private static List<String> visibleTexts(Node root) {
    List<String> texts = new ArrayList<>();
    walk(
        root,
        n -> {
          if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            texts.add(l.getText().replace("_", ""));
          } else if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            texts.add(t.getText());
          } else if (n instanceof TextInputControl t
              && t.getPromptText() != null
              && !t.getPromptText().isBlank()) {
            texts.add(t.getPromptText());
          }
        });
    return texts;
  }

  private List<String> buttonsOutsideOrCut() {
    double w = stage.getScene().getWidth();
    double h = stage.getScene().getHeight();
    List<String> bad = new ArrayList<>();
    walk(
        stage.getScene().getRoot(),
        n -> {
          if (n instanceof ButtonBase b && !insideScrolling(b)) {
            Bounds s = b.localToScene(b.getBoundsInLocal());
            String name = b.getId() != null ? "#" + b.getId() : b.getText();
            if (s.getMinX() < -0.5
                || s.getMinY() < -0.5
                || s.getMaxX() > w + 0.5
                || s.getMaxY() > h + 0.5) {
              bad.add(name + " at " + s);
            } else if (cut(b)) {
              bad.add(name + " cut");
            }
          }
        });
    return bad;
  }

  private static boolean cut(Labeled l) {
    if (l.getText() == null || l.getText().isEmpty()) {
      return false;
    }
    for (Node c : l.getChildrenUnmodifiable()) {
      if (c instanceof Text t
          && t.getText() != null
          && (t.getText().endsWith("…") || t.getText().endsWith("..."))
          && !l.getText().endsWith("…")) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideScrolling(Node n) {
    for (Node p = n.getParent(); p != null; p = p.getParent()) {
      if (p instanceof ScrollPane
          || p instanceof javafx.scene.control.ListView
          || p instanceof javafx.scene.control.TableView) {
        return true;
      }
    }
    return false;
  }

  private static void walk(Node node, java.util.function.Consumer<Node> visit) {
    if (!node.isVisible()) {
      return;
    }
    visit.accept(node);
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        walk(child, visit);
      }
    }
  }
}
