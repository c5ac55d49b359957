/** The admin panel's plans and contracts pages: lists, and the form that sells a plan to a customer. */
package app.nook.contract.web;
