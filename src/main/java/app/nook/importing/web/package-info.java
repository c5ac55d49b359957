/** The admin pages that upload a customer file, map its columns, and show the dry run and the result. */
package app.nook.importing.web;
