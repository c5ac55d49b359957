/** The invoices part of the JSON API: listing (archived customers' left out) and reading invoices. */
package app.nook.billing.api;
