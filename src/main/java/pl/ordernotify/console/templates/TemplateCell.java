package pl.ordernotify.console.templates;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import pl.ordernotify.console.Texts;
import pl.ordernotify.templates.SavedTemplate;

/** A template in the list: its name, then its kind and language. */
final class TemplateCell extends ListCell<SavedTemplate> {

  private final Texts texts;
  private final Label name = new Label();
  private final Label about = new Label();
  private final VBox box = new VBox(1, name, about);

  TemplateCell(Texts texts) {
    this.texts = texts;
    name.getStyleClass().add("template-name");
    about.getStyleClass().add("hint");
  }

  @Override
  protected void updateItem(SavedTemplate t, boolean empty) {
    super.updateItem(t, empty);
    if (empty || t == null) {
      setGraphic(null);
      return;
    }
    name.setText(t.name());
    about.setText(
        texts.get("templates.kind." + t.kind()) + " · " + texts.get("language." + t.language()));
    setGraphic(box);
  }
}
