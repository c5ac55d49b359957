/** Files attached to customers: metadata in the database, contents on disk under generated names. */
package app.nook.file;
