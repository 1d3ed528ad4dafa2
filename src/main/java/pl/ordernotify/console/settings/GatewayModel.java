package pl.ordernotify.console.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pl.ordernotify.gateway.GatewayAccountService.Account;
import pl.ordernotify.gateway.GatewayAccountService.AccountChange;

/**
 * The gateway account as the form shows it. The token field is always empty: a saved token never
 * comes back.
 */
public final class GatewayModel {

  private final StringProperty provider = new SimpleStringProperty("dry-run");
  private final StringProperty token = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper savedToken = new ReadOnlyStringWrapper("");
  private final StringProperty sender = new SimpleStringProperty("");
  private final StringProperty baseUrl = new SimpleStringProperty("");
  private final BooleanProperty testMode = new SimpleBooleanProperty();
  private final StringProperty testPhone = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper answerStyle = new ReadOnlyStringWrapper("muted");

  void show(Account a) {
    provider.set(a.provider());
    token.set("");
    savedToken.set(a.tokenMasked());
    sender.set(a.senderName() == null ? "" : a.senderName());
    baseUrl.set(a.baseUrl() == null ? "" : a.baseUrl());
    testMode.set(a.testMode());
  }

  AccountChange change() {
    String t = token.get() == null || token.get().isBlank() ? null : token.get();
    String url = baseUrl.get() == null || baseUrl.get().isBlank() ? null : baseUrl.get();
    return new AccountChange(provider.get(), t, sender.get(), url, testMode.get());
  }

  void answer(String text, boolean ok) {
    answer.set(text);
    answerStyle.set(ok ? "ok-text" : "error-text");
  }

  public StringProperty providerProperty() {
    return provider;
  }

  public StringProperty tokenProperty() {
    return token;
  }

  /** "••••abcd" when a token is saved, empty otherwise. */
  public ReadOnlyStringProperty savedTokenProperty() {
    return savedToken.getReadOnlyProperty();
  }

  public StringProperty senderProperty() {
    return sender;
  }

  public StringProperty baseUrlProperty() {
    return baseUrl;
  }

  public BooleanProperty testModeProperty() {
    return testMode;
  }

  public StringProperty testPhoneProperty() {
    return testPhone;
  }

  /** What the gateway said to the last check, balance or test SMS. */
  public ReadOnlyStringProperty answerProperty() {
    return answer.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty answerStyleProperty() {
    return answerStyle.getReadOnlyProperty();
  }
}
