package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pl.ordernotify.console.customers.CustomerRow;
import pl.ordernotify.customers.ConsentService;
import pl.ordernotify.customers.ConsentSource;
import pl.ordernotify.customers.Customer;
import pl.ordernotify.stages.ThankYouOffer;

/**
 * The consent history on the customers screen, and THANK_YOU's offer switch on the stages screen.
 */
@ExtendWith(ApplicationExtension.class)
class ConsentUITest {

  @TempDir Path dataDir;
  private ConsoleHarness console;

  @Start
  void start(Stage stage) {
    console = new ConsoleHarness(dataDir, new FakeSender());
    console.wiring.demo().load(Fixture.WARSAW);
    console.open(stage);
  }

  @AfterEach
  void tearDown() {
    console.close();
  }

  @Test
  void theCustomerScreenShowsWhoRecordedConsentWhenAndWithWhichWording(FxRobot robot) {
    // given consent recorded at the till by Kasia
    Customer piotr = console.wiring.customers().search("Piotr Nowak", 1).get(0);
    new ConsentService(console.wiring.database(), console.wiring.clock())
        .setConsent(
            piotr.id(), true, new ConsentService.Origin(ConsentSource.CONSOLE, "Kasia", null));

    // when the manager finds him and opens the consent tab
    robot.clickOn("#nav-customers");
    robot.clickOn("#query").write("Piotr Nowak");
    @SuppressWarnings("unchecked")
    TableView<CustomerRow> table = robot.lookup("#table").queryAs(TableView.class);
    ConsoleHarness.waitUntil(() -> table.getItems().size() == 1);
    robot.interact(() -> table.getSelectionModel().select(0));
    robot.clickOn(console.texts.get("consent.tab"));

    // then
    Label state = robot.lookup("#consentState").queryAs(Label.class);
    @SuppressWarnings("unchecked")
    ListView<String> history = robot.lookup("#consentHistory").queryAs(ListView.class);
    ConsoleHarness.waitUntil(() -> history.getItems().size() == 1);
    assertThat(state.getText()).isEqualTo(console.texts.get("consent.state.GIVEN"));
    assertThat(history.getItems().get(0)).contains("Kasia").contains("Zgadzam się");
  }

  @Test
  void theManagerSwitchesThankYouToNoOffer(FxRobot robot) {
    robot.clickOn("#nav-stages");
    ConsoleHarness.waitUntil(() -> robot.lookup("#offer-thank_you").tryQuery().isPresent());
    // the THANK_YOU card is the last one: scroll it into view on a 1024x768 screen
    robot.interact(
        () ->
            robot
                .lookup(".scroll-pane")
                .queryAll()
                .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1.0)));

    robot.clickOn("#offer-thank_you");

    ThankYouOffer offer = new ThankYouOffer(console.wiring.database());
    ConsoleHarness.waitUntil(() -> !offer.carriesOffer());
  }
}
