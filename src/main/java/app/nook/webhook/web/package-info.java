/** The admin pages that register webhook endpoints and show their delivery log. */
package app.nook.webhook.web;
