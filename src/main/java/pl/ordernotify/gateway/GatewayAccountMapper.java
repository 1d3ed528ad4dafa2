package pl.ordernotify.gateway;

import pl.ordernotify.store.SqlMapper;

public interface GatewayAccountMapper extends SqlMapper {

  /** The one row of {@code gateway_account}; the token is still encrypted here. */
  record Row(
      String provider,
      String senderName,
      String baseUrl,
      boolean testMode,
      String tokenEncrypted,
      String tokenLast4) {}

  Row find();

  int update(Row row);
}
