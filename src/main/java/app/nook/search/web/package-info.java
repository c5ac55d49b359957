/** The global search results page. */
package app.nook.search.web;
