package pl.ordernotify.console.messages;

import pl.ordernotify.messages.MessageCommands;
import pl.ordernotify.messages.MessageService;
import pl.ordernotify.settings.SettingsService;

/** What the messages screen lists, and the commands behind its retry and cancel buttons. */
public record MessagesServices(
    MessageService messages, SettingsService settings, MessageCommands commands) {}
