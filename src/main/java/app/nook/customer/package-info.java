/**
 * Customers, members and contacts, and their lifecycle. Listings and reports read customers only through
 * {@link app.nook.customer.CustomerView} relations, which leave archived customers out unless a view asks for them.
 */
package app.nook.customer;
