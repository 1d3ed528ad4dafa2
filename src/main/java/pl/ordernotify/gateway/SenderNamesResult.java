package pl.ordernotify.gateway;

import java.util.List;

public sealed interface SenderNamesResult {

  record SenderName(String name, boolean usable, String status) {}

  record Names(List<SenderName> names) implements SenderNamesResult {}

  record Failed(String code, String reason) implements SenderNamesResult {}
}
