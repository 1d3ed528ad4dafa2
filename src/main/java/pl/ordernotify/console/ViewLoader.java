package pl.ordernotify.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads an FXML view with the console's words, building its controller from the context. */
public final class ViewLoader {

  private ViewLoader() {}

  /** The loaded root and its controller. */
  public record Loaded<C>(Parent root, C controller) {}

  public static <C> Loaded<C> load(String fxml, ConsoleContext ctx) {
    FXMLLoader loader = new FXMLLoader(ViewLoader.class.getResource(fxml), ctx.texts().bundle());
    loader.setControllerFactory(type -> build(type, ctx));
    try {
      Parent root = loader.load();
      return new Loaded<>(root, loader.getController());
    } catch (IOException e) {
      throw new UncheckedIOException("The screen " + fxml + " could not be loaded", e);
    }
  }

  private static Object build(Class<?> type, ConsoleContext ctx) {
    try {
      return type.getConstructor(ConsoleContext.class).newInstance(ctx);
    } catch (NoSuchMethodException e) {
      try {
        return type.getConstructor().newInstance();
      } catch (ReflectiveOperationException inner) {
        throw new IllegalStateException("Cannot build controller " + type.getName(), inner);
      }
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "Controller " + type.getName() + " failed to start", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build controller " + type.getName(), e);
    }
  }
}
