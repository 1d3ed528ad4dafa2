package pl.ordernotify.console.board;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/** An order's status as a coloured badge. */
final class StatusCell extends TableCell<BoardOrder, String> {

  private final Label badge = new Label();

  StatusCell() {
    badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
  }

  @Override
  protected void updateItem(String text, boolean empty) {
    super.updateItem(text, empty);
    BoardOrder order = empty ? null : getTableRow().getItem();
    if (order == null || text == null) {
      setGraphic(null);
      return;
    }
    badge.setText(text);
    badge
        .getStyleClass()
        .setAll("badge", "order-" + order.status().name().toLowerCase(java.util.Locale.ROOT));
    setGraphic(badge);
  }
}
