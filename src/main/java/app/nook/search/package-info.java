/**
 * Global search: customers by name, email, company or phone, archived ones included and marked, plus contracts and
 * invoices by number. The one listing that shows archived customers, because finding them is how they come back.
 */
package app.nook.search;
