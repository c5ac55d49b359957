/** The admin panel's audit log page. */
package app.nook.audit.web;
