package pl.ordernotify.console.templates;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import pl.ordernotify.templates.Variable;

/** A variable in the palette: click to insert at the caret, or drag it into the text. */
public final class PaletteCell extends ListCell<TemplateEditorModel.PaletteItem> {

  /**
   * The drag payload names the variable this way, so a drop from elsewhere is not mistaken for one.
   */
  static final String DRAG_PREFIX = "ordernotify-variable:";

  private final Label placeholder = new Label();
  private final Label description = new Label();
  private final VBox box = new VBox(2, placeholder, description);

  public PaletteCell(Consumer<Variable> insert) {
    placeholder.getStyleClass().add("palette-variable");
    description.getStyleClass().add("hint");
    description.setWrapText(true);
    description.maxWidthProperty().bind(widthProperty().subtract(24));
    setOnMouseClicked(
        e -> {
          if (getItem() != null && e.getClickCount() == 1) {
            insert.accept(getItem().variable());
          }
        });
    setOnDragDetected(
        e -> {
          if (getItem() == null) {
            return;
          }
          Dragboard db = startDragAndDrop(TransferMode.COPY);
          ClipboardContent content = new ClipboardContent();
          content.putString(DRAG_PREFIX + getItem().variable().key());
          db.setContent(content);
          e.consume();
        });
  }

  @Override
  protected void updateItem(TemplateEditorModel.PaletteItem item, boolean empty) {
    super.updateItem(item, empty);
    if (empty || item == null) {
      setGraphic(null);
      setId(null);
      return;
    }
    setId("palette-" + item.variable().key());
    placeholder.setText(item.placeholder());
    description.setText(item.description());
    setGraphic(box);
  }
}
