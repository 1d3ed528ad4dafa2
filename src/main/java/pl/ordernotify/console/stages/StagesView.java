package pl.ordernotify.console.stages;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.layout.VBox;
import pl.ordernotify.console.ConsoleContext;
import pl.ordernotify.console.ScreenView;

/** The stages screen: a card per stage. */
public final class StagesView implements ScreenView {

  private final ConsoleContext ctx;
  private final StagesViewModel vm;
  @FXML private VBox cards;

  public StagesView(ConsoleContext ctx) {
    this.ctx = ctx;
    var s = ctx.services().stages();
    this.vm = new StagesViewModel(s.stages(), s.templates(), ctx.ui());
  }

  @FXML
  private void initialize() {
    for (StageRowModel row : vm.rows()) {
      FXMLLoader loader =
          new FXMLLoader(getClass().getResource("StageCard.fxml"), ctx.texts().bundle());
      loader.setController(new StageCardView(row, vm));
      try {
        cards.getChildren().add(loader.load());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public boolean mayLeave() {
    return vm.mayLeave();
  }

  @Override
  public void activate() {
    vm.load();
  }
}
