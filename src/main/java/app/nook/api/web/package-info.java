/** The admin page where staff issue, list and revoke their API tokens. */
package app.nook.api.web;
