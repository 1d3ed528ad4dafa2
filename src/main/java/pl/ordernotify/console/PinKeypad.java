package pl.ordernotify.console;

import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;

/** An on-screen numeric keypad for a PIN field, for touch screens without a keyboard. */
final class PinKeypad {

  /** Every key the same size; "Wyczyść" fits in a smaller type (keypad-word). */
  private static final double KEY_WIDTH = 104;

  private PinKeypad() {}

  /** Digits 1–9, then "clear", 0 and "delete"; each key types into {@code field}. */
  static GridPane forField(TextInputControl field, Texts texts) {
    GridPane grid = new GridPane();
    grid.setId("pinKeypad");
    grid.setHgap(6);
    grid.setVgap(6);
    for (int d = 1; d <= 9; d++) {
      grid.add(digit(field, String.valueOf(d)), (d - 1) % 3, (d - 1) / 3);
    }
    Button clear = key(texts.get("pin.key.clear"), "pinKeyClear");
    clear.getStyleClass().add("keypad-word");
    clear.setOnAction(e -> field.clear());
    Button back = key("⌫", "pinKeyBack");
    back.setOnAction(
        e -> {
          String t = field.getText();
          field.setText(t.isEmpty() ? t : t.substring(0, t.length() - 1));
          field.positionCaret(field.getText().length());
        });
    grid.add(clear, 0, 3);
    grid.add(digit(field, "0"), 1, 3);
    grid.add(back, 2, 3);
    return grid;
  }

  private static Button digit(TextInputControl field, String d) {
    Button b = key(d, "pinKey" + d);
    b.setOnAction(
        e -> {
          if (field.getText().length() < 8) {
            field.appendText(d);
          }
        });
    return b;
  }

  private static Button key(String text, String id) {
    Button b = new Button(text);
    b.setId(id);
    b.setFocusTraversable(false);
    b.getStyleClass().add("keypad-key");
    b.setMinSize(KEY_WIDTH, 56);
    b.setPrefSize(KEY_WIDTH, 56);
    b.setMaxSize(KEY_WIDTH, 56);
    return b;
  }
}
