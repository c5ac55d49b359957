/**
 * The members portal: customers sign in with email and password, see and edit their profile, read their contracts,
 * invoices and shared files, and check in. Whether a customer may use it is decided by the customer lifecycle alone;
 * the portal only reads that state, and refuses an archived customer or one without access on every request.
 */
package app.nook.portal;
