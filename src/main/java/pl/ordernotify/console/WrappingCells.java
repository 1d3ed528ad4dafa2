package pl.ordernotify.console;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;

/**
 * Wrapped labels in a list cell take the list's width, not their own: otherwise a long SMS makes
 * the cell as wide as its unwrapped text (a horizontal scrollbar) and the first layout gets the
 * cell heights wrong (one of two SMS shown until scrolled).
 */
public final class WrappingCells {

  private static final double INSETS = 40;

  private WrappingCells() {}

  public static void fitToList(ListCell<?> cell, Label... wrapped) {
    cell.setPrefWidth(0);
    cell.listViewProperty()
        .addListener(
            (o, was, list) -> {
              for (Label l : wrapped) {
                l.maxWidthProperty().unbind();
                l.prefWidthProperty().unbind();
                if (list != null) {
                  l.maxWidthProperty().bind(list.widthProperty().subtract(INSETS));
                  l.prefWidthProperty().bind(list.widthProperty().subtract(INSETS));
                }
              }
            });
  }
}
