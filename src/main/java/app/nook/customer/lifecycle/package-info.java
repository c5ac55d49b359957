/**
 * The customer lifecycle: archive, restore, suspend, lift suspension, grant and revoke portal access, and erase.
 * Every path that changes these states (pages, bulk actions, API, import, scheduled jobs) goes through
 * {@link app.nook.customer.lifecycle.CustomerLifecycle}, one set-based transaction per chunk of customers.
 */
@NamedInterface("lifecycle")
package app.nook.customer.lifecycle;

import org.springframework.modulith.NamedInterface;
