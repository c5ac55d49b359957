/**
 * Customer import from CSV files: columns mapped to fields, a dry run that reports each line, and an apply that
 * creates all good rows in one transaction or nothing. An import never restores or changes an archived customer.
 */
package app.nook.importing;
