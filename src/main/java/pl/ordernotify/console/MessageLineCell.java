package pl.ordernotify.console;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A message in a history list: when, order and stage, the status badge, the text and the reason.
 */
public final class MessageLineCell extends ListCell<MessageLine> {

  private final Label head = new Label();
  private final Label status = new Label();
  private final Label text = new Label();
  private final Label reason = new Label();
  private final VBox box = new VBox(4, new HBox(8, head, status), text, reason);

  public MessageLineCell() {
    head.getStyleClass().add("detail-stage");
    text.setWrapText(true);
    text.getStyleClass().add("sms-text");
    reason.setWrapText(true);
    reason.getStyleClass().add("reason");
    WrappingCells.fitToList(this, text, reason);
    box.getStyleClass().add("sms-detail");
  }

  @Override
  protected void updateItem(MessageLine m, boolean empty) {
    super.updateItem(m, empty);
    if (empty || m == null) {
      setGraphic(null);
      return;
    }
    head.setText(
        m.when() + "  ·  " + (m.orderNo().isEmpty() ? "" : m.orderNo() + "  ·  ") + m.stage());
    status.setText(m.status());
    status.getStyleClass().setAll("sms-badge", m.style());
    text.setText(m.text());
    text.setVisible(!m.text().isEmpty());
    text.setManaged(!m.text().isEmpty());
    reason.setText(m.reason());
    reason.setTooltip(m.detail().isEmpty() ? null : Tips.wrapping(m.reasonInFull()));
    reason.setVisible(!m.reason().isEmpty());
    reason.setManaged(!m.reason().isEmpty());
    setGraphic(box);
  }
}
