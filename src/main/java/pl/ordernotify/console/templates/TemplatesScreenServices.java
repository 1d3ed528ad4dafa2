package pl.ordernotify.console.templates;

import pl.ordernotify.gateway.GatewayAccountService;

/**
 * The templates screen's services, and the gateway account its campaign texts are checked against.
 */
public record TemplatesScreenServices(TemplatesServices model, GatewayAccountService gateway) {}
