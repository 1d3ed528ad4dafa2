package pl.ordernotify.console.board;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import pl.ordernotify.console.Tips;

/** One SMS in the detail pane: stage, status and time, then the text, then the reason. */
final class SmsDetailCell extends ListCell<SmsBadge> {

  private final Label stage = new Label();
  private final Label status = new Label();
  private final Label when = new Label();
  private final Label text = new Label();
  private final Label reason = new Label();
  private final VBox box = new VBox(4, new HBox(8, stage, status, when), text, reason);

  SmsDetailCell() {
    stage.getStyleClass().add("detail-stage");
    when.getStyleClass().add("muted");
    text.setWrapText(true);
    text.getStyleClass().add("sms-text");
    reason.setWrapText(true);
    reason.getStyleClass().add("reason");
    box.getStyleClass().add("sms-detail");
    pl.ordernotify.console.WrappingCells.fitToList(this, text, reason);
  }

  @Override
  protected void updateItem(SmsBadge s, boolean empty) {
    super.updateItem(s, empty);
    if (empty || s == null) {
      setGraphic(null);
      return;
    }
    stage.setText(s.stage());
    status.setText(s.status());
    status.getStyleClass().setAll("sms-badge", s.style());
    when.setText(s.when());
    text.setText(s.text());
    text.setVisible(!s.text().isEmpty());
    text.setManaged(!s.text().isEmpty());
    reason.setText(s.reason());
    reason.setTooltip(s.detail().isEmpty() ? null : Tips.wrapping(s.reasonInFull()));
    reason.setVisible(!s.reason().isEmpty());
    reason.setManaged(!s.reason().isEmpty());
    setGraphic(box);
  }
}
