package pl.ordernotify.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What a small screen cuts (issue 12): labels, buttons, column headers and combo boxes whose words
 * are shown ellipsised, table columns pushed past their table's edge, and tabs past their pane's.
 * Rows of tables and lists are left out: a long customer name may end in "…" there.
 */
final class CutWords {

  private CutWords() {}

  /** Every problem on the scene, one line each; empty when every word shows whole. */
  static List<String> in(Scene scene) {
    List<String> problems = new ArrayList<>();
    walk(
        scene.getRoot(),
        n -> {
          if (n instanceof Labeled l && !inRows(l) && ellipsised(l)) {
            problems.add("cut: '" + l.getText() + "' (" + describe(l) + ")");
          } else if (n instanceof TableView<?> t) {
            problems.addAll(columnsPastTheEdge(t));
          } else if (n instanceof TabPane p) {
            problems.addAll(tabsPastTheEdge(p));
          }
        });
    return problems;
  }

  /** True when the words drawn are fewer than the label's: the skin ended them with an ellipsis. */
  static boolean ellipsised(Labeled l) {
    String text = l.getText();
    if (text == null || text.isBlank()) {
      return false;
    }
    String whole = text.replace("_", "").replaceAll("\\s+", "");
    StringBuilder drawn = new StringBuilder();
    for (Node c : l.getChildrenUnmodifiable()) {
      if (c instanceof Text t && t.getText() != null) {
        drawn.append(t.getText());
      }
    }
    String shown = drawn.toString().replaceAll("\\s+", "");
    return !shown.isEmpty()
        && !shown.equals(whole)
        && (shown.endsWith("…") || shown.endsWith("..."))
        && !whole.endsWith("…")
        && !whole.endsWith("...");
  }

  private static List<String> columnsPastTheEdge(TableView<?> table) {
    List<String> problems = new ArrayList<>();
    Bounds edge = table.localToScene(table.getLayoutBounds());
    for (Node header : table.lookupAll(".column-header")) {
      Bounds b = header.localToScene(header.getLayoutBounds());
      if (header.isVisible() && b.getWidth() > 0 && b.getMaxX() > edge.getMaxX() + 1) {
        problems.add(
            "column past its table's edge: " + header.lookup(".label") + " in " + describe(table));
      }
    }
    return problems;
  }

  private static List<String> tabsPastTheEdge(TabPane pane) {
    List<String> problems = new ArrayList<>();
    Bounds edge = pane.localToScene(pane.getLayoutBounds());
    for (Node tab : pane.lookupAll(".tab")) {
      Bounds b = tab.localToScene(tab.getLayoutBounds());
      if (tab.getParent() != null && b.getMaxX() > edge.getMaxX() + 1) {
        problems.add("tab past its pane's edge: " + tab.lookup(".tab-label"));
      }
    }
    return problems;
  }

  private static boolean inRows(Node n) {
    for (Node p = n.getParent(); p != null; p = p.getParent()) {
      if (p instanceof VirtualFlow<?>) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Node n) {
    StringBuilder path = new StringBuilder();
    for (Node p = n; p != null; p = p.getParent()) {
      if (p.getId() != null) {
        return path.append("in #").append(p.getId()).toString();
      }
    }
    return n.getClass().getSimpleName();
  }

  private static void walk(Node node, Consumer<Node> visit) {
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
