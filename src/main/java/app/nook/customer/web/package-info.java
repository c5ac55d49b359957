/** The admin panel's customer pages: the members and contacts list, bulk actions, the record and its forms. */
package app.nook.customer.web;
