package pl.ordernotify.console.board;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import pl.ordernotify.console.Tips;

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
      // the chip names the stage; its colour says the status, spelt out in the tooltip
      Label l = new Label(s.stage());
      l.setMinWidth(Label.USE_PREF_SIZE);
      l.getStyleClass().addAll("sms-badge", s.style());
      l.setTooltip(
          Tips.wrapping(
              s.label()
                  + "\n\n"
                  + (s.text().isEmpty()
                      ? s.reasonInFull()
                      : s.text() + (s.reason().isEmpty() ? "" : "\n\n" + s.reasonInFull()))));
      box.getChildren().add(l);
    }
    setGraphic(box);
  }
}
