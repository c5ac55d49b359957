/**
 * Reports and their CSV exports. Every figure reads customers through {@code live_customer}, so archived customers
 * count nowhere; only churn counts archive and restore events, as numbers without names.
 */
package app.nook.report;
