package pl.ordernotify.console.board;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pl.ordernotify.console.SenderPort;
import pl.ordernotify.console.Ui;
import pl.ordernotify.orders.OrderStatus;

/** The dispatcher's board: today's orders, their SMS, and the buttons that move orders on. */
public final class BoardViewModel {

  private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED_FROM =
      Map.of(
          OrderStatus.ACCEPTED, EnumSet.of(OrderStatus.NEW),
          OrderStatus.READY, EnumSet.of(OrderStatus.NEW, OrderStatus.ACCEPTED),
          OrderStatus.DEPARTED,
              EnumSet.of(OrderStatus.NEW, OrderStatus.ACCEPTED, OrderStatus.READY),
          OrderStatus.DELIVERED, EnumSet.of(OrderStatus.READY, OrderStatus.DEPARTED),
          OrderStatus.CANCELLED,
              EnumSet.of(
                  OrderStatus.NEW, OrderStatus.ACCEPTED, OrderStatus.READY, OrderStatus.DEPARTED));

  private final BoardServices services;
  private final SenderPort sender;
  private final Ui ui;
  private final BoardQuery query;
  private final ObservableList<BoardOrder> rows = FXCollections.observableArrayList();
  private final ObservableList<BoardOrder> selected = FXCollections.observableArrayList();
  private final ObservableList<SmsBadge> details = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final Map<OrderStatus, BooleanProperty> allowed = new HashMap<>();
  private final BooleanProperty canRestore = new SimpleBooleanProperty();
  private final ReadOnlyStringWrapper detailEmpty = new ReadOnlyStringWrapper("");
  private boolean loading;

  public BoardViewModel(BoardServices services, SenderPort sender, Ui ui) {
    this.services = services;
    this.sender = sender;
    this.ui = ui;
    this.query = new BoardQuery(services, ui.texts());
    ALLOWED_FROM.keySet().forEach(s -> allowed.put(s, new SimpleBooleanProperty()));
    selected.addListener(
        (javafx.collections.ListChangeListener<BoardOrder>) c -> selectionChanged());
  }

  public ObservableList<BoardOrder> rows() {
    return rows;
  }

  /** The view keeps this equal to the table's selection. */
  public ObservableList<BoardOrder> selected() {
    return selected;
  }

  /** The SMS of the one selected order, with texts and reasons. */
  public ObservableList<SmsBadge> details() {
    return details;
  }

  public ReadOnlyStringProperty detailTitleProperty() {
    return detailTitle.getReadOnlyProperty();
  }

  /** Empty while the board is current; a sentence when the last refresh failed. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** True when at least one selected order can move to {@code target}. */
  public ReadOnlyBooleanProperty canMarkProperty(OrderStatus target) {
    return allowed.get(target);
  }

  /** Reloads today's orders; skipped while the previous load is still running. */
  public void refresh() {
    if (loading) {
      return;
    }
    loading = true;
    ui.background()
        .load(
            () -> query.today(ui.clock().instant()),
            list -> {
              loading = false;
              problem.set("");
              apply(list);
            },
            e -> {
              loading = false;
              if (problem.get().isEmpty()) {
                ui.dialogs()
                    .notifyFailure(
                        ui.texts().get("board.title"), ui.texts().get("board.error.load"));
              }
              problem.set(ui.texts().get("board.error.load"));
            });
  }

  private void apply(List<BoardQuery.Row> list) {
    Map<Long, BoardOrder> existing =
        rows.stream().collect(Collectors.toMap(BoardOrder::id, o -> o));
    List<BoardOrder> next = new ArrayList<>();
    for (BoardQuery.Row row : list) {
      BoardOrder order = existing.getOrDefault(row.id(), new BoardOrder(row.id(), row.orderNo()));
      order.update(row);
      next.add(order);
    }
    if (!next.equals(rows)) {
      rows.setAll(next);
    }
    selectionChanged();
  }

  private void selectionChanged() {
    allowed.forEach((target, p) -> p.set(selected.stream().anyMatch(o -> may(o, target))));
    canRestore.set(selected.stream().anyMatch(this::restorable));
    detailEmpty.set(
        ui.texts().get(selected.size() > 1 ? "board.detail.manyNoSms" : "board.detail.noSms"));
    if (selected.size() == 1) {
      BoardOrder o = selected.get(0);
      detailTitle.set(
          ui.texts().get("board.detail.one", o.orderNo(), o.statusTextProperty().get()));
      details.setAll(o.sms());
    } else {
      detailTitle.set(
          ui.texts()
              .get(
                  selected.isEmpty() ? "board.detail.none" : "board.detail.many", selected.size()));
      details.clear();
    }
  }

  private boolean restorable(BoardOrder o) {
    return o.status() == OrderStatus.CANCELLED
        && o.changedAt() != null
        && ui.clock()
            .instant()
            .isBefore(o.changedAt().plus(pl.ordernotify.orders.OrderService.RESTORE_WINDOW));
  }

  /** True when a selected order was cancelled less than ten minutes ago. */
  public ReadOnlyBooleanProperty canRestoreProperty() {
    return canRestore;
  }

  /** What the SMS list says when it is empty: none yet for one order, "select one" for several. */
  public ReadOnlyStringProperty detailEmptyProperty() {
    return detailEmpty.getReadOnlyProperty();
  }

  /** Puts each selected order cancelled on the board back to the status it had. */
  public void restore() {
    List<BoardOrder> chosen = selected.stream().filter(this::restorable).toList();
    if (chosen.isEmpty()) {
      return;
    }
    String numbers = chosen.stream().map(BoardOrder::orderNo).collect(Collectors.joining(", "));
    List<Long> ids = chosen.stream().map(BoardOrder::id).toList();
    ui.background()
        .execute(
            () -> changeAll(ids, id -> services.orders().restore(id)),
            () -> {
              problem.set("");
              ui.dialogs().notifyDone(ui.texts().get("board.restored", numbers));
              refresh();
            },
            e -> {
              if (e instanceof IllegalArgumentException) {
                problem.set(ui.texts().refusal(e));
              } else {
                ui.failed("board.error.change", e);
              }
              refresh();
            });
  }

  /**
   * Changes each order, then tells the sender which ones changed, from this background thread, so
   * their SMS do not wait for the screen (issue 13); those changed before one that fails too.
   */
  private void changeAll(List<Long> ids, LongConsumer change) {
    List<Long> changed = new ArrayList<>();
    try {
      for (long id : ids) {
        change.accept(id);
        changed.add(id);
      }
    } finally {
      if (!changed.isEmpty()) {
        sender.ordersChanged(changed);
      }
    }
  }

  private static boolean may(BoardOrder o, OrderStatus target) {
    return o.status() != null && ALLOWED_FROM.get(target).contains(o.status());
  }

  /** Moves every selected order that may go to {@code target}; cancelling asks first. */
  public void mark(OrderStatus target) {
    List<BoardOrder> chosen = selected.stream().filter(o -> may(o, target)).toList();
    if (chosen.isEmpty()) {
      return;
    }
    String numbers = chosen.stream().map(BoardOrder::orderNo).collect(Collectors.joining(", "));
    if (target == OrderStatus.CANCELLED
        && !ui.dialogs()
            .confirm(
                ui.texts().get("board.cancel.question", chosen.size()),
                ui.texts().get("board.cancel.detail", numbers),
                ui.texts().get("board.cancel.yes"))) {
      return;
    }
    List<Long> ids = chosen.stream().map(BoardOrder::id).toList();
    ui.background()
        .execute(
            () -> changeAll(ids, id -> services.orders().changeStatus(id, target)),
            () -> {
              ui.dialogs()
                  .notifyDone(
                      ui.texts()
                          .get("board.marked", numbers, ui.texts().of("order.status", target)));
              refresh();
            },
            e -> {
              ui.failed("board.error.change", e);
              refresh();
            });
  }
}
