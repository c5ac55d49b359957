/**
 * The benchmark that Nook ships: a generator that fills a PostgreSQL database with a large, realistic set of
 * customers, and a runner that times listings, search, bulk archives, reports and the list page against it.
 */
package app.nook.benchmark;
