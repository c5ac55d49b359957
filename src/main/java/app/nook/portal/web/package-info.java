/**
 * The members portal's pages under {@code /portal}, its own sign-in, separate from the staff's, and the admin
 * endpoint by which staff create invitation links.
 */
package app.nook.portal.web;
