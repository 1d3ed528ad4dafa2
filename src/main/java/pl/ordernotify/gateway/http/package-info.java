/**
 * Plumbing shared by the SMSAPI and SerwerSMS gateways: one call, its outcome as a value, lenient
 * JSON reading and log redaction. Public only because Java has no friend packages; nothing outside
 * {@code pl.ordernotify.gateway} should use it.
 */
package pl.ordernotify.gateway.http;
