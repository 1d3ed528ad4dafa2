package pl.ordernotify.console.board;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** The SMS of an order as small badges; hovering shows the text and the reason. */
final class SmsBadgesCell extends TableCell<BoardOrder, List<SmsBadge>> {

  private final HBox box = new HBox(4);

  @Override
  protected void updateItem(List<SmsBadge> sms, boolean empty) {
    super.updateItem(sms, empty);
    if (empty || sms == null) {
      setGraphic(null);
      return;
    }
    box.getChildren().clear();
    for (SmsBadge s : sms) {
      Label l = new Label(s.label());
      l.getStyleClass().addAll("sms-badge", s.style());
      Tooltip tip = new Tooltip(s.text() + (s.reason().isEmpty() ? "" : "\n\n" + s.reason()));
      tip.setShowDelay(Duration.millis(250));
      tip.setWrapText(true);
      tip.setMaxWidth(420);
      l.setTooltip(tip);
      box.getChildren().add(l);
    }
    setGraphic(box);
  }
}
