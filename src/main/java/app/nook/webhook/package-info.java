/**
 * Webhooks: endpoints registered by staff, an outbox written in the transaction of each customer change, and a
 * scheduled job that delivers it, signed and retried with back-off, at least once.
 */
package app.nook.webhook;
