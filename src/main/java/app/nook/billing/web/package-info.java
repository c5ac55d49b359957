/** The admin panel's invoices list. */
package app.nook.billing.web;
