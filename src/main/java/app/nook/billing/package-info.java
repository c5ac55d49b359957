/** Invoices and their lines; later the billing run that produces them. */
package app.nook.billing;
