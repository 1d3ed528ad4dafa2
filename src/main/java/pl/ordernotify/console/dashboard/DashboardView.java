package pl.ordernotify.console.dashboard;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import pl.ordernotify.console.ConsoleContext;
import pl.ordernotify.console.ScreenView;
import pl.ordernotify.console.Texts;

/** The dashboard, bound to {@link DashboardViewModel}. */
public final class DashboardView implements ScreenView {

  private static final int REFRESH_TICKS = 5;
  private static final int CREDIT_TICKS = 30;
  private final DashboardViewModel vm;
  private final Texts texts;
  private int ticks;
  @FXML private Label today;
  @FXML private Label month;
  @FXML private Label cost;
  @FXML private Label credits;
  @FXML private Label waiting;
  @FXML private Label senderState;
  @FXML private BarChart<String, Number> chart;

  public DashboardView(ConsoleContext ctx) {
    this.texts = ctx.texts();
    this.vm = new DashboardViewModel(ctx.services().dashboard(), ctx.sender(), ctx.ui());
    ctx.sender().addListener(s -> Platform.runLater(() -> vm.showSender(s)));
  }

  @FXML
  private void initialize() {
    today.textProperty().bind(vm.todayProperty());
    month.textProperty().bind(vm.monthProperty());
    cost.textProperty().bind(vm.costProperty());
    credits.textProperty().bind(vm.creditsProperty());
    waiting.textProperty().bind(vm.waitingProperty());
    senderState.textProperty().bind(vm.senderStateProperty());
    chart.setAnimated(false);
    if (chart.getYAxis() instanceof javafx.scene.chart.NumberAxis axis) {
      axis.setTickLabelFormatter(
          new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
              return n.doubleValue() == Math.rint(n.doubleValue())
                  ? Integer.toString(n.intValue())
                  : "";
            }

            @Override
            public Number fromString(String s) {
              return Double.valueOf(s);
            }
          });
    }
    vm.bars().addListener((ListChangeListener<DashboardViewModel.Bar>) c -> showBars());
  }

  private void showBars() {
    XYChart.Series<String, Number> sent = new XYChart.Series<>();
    sent.setName(texts.get("dashboard.chart.sent"));
    XYChart.Series<String, Number> failed = new XYChart.Series<>();
    failed.setName(texts.get("dashboard.chart.failed"));
    for (DashboardViewModel.Bar b : vm.bars()) {
      sent.getData().add(new XYChart.Data<>(b.label(), b.sent()));
      failed.getData().add(new XYChart.Data<>(b.label(), b.failed()));
    }
    chart.getData().setAll(java.util.List.of(sent, failed));
  }

  @Override
  public void activate() {
    ticks = 0;
    vm.refresh();
    vm.refreshCredits();
  }

  @Override
  public void tick() {
    ticks++;
    if (ticks % REFRESH_TICKS == 0) {
      vm.refresh();
    }
    if (ticks % CREDIT_TICKS == 0) {
      vm.refreshCredits();
    }
  }
}
