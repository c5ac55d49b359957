/** The admin panel's first page: headline figures about the business, leaving archived customers out. */
package app.nook.dashboard;
