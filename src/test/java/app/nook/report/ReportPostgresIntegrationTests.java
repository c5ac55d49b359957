package app.nook.report;

import app.nook.support.OnPostgres;

/** The reports on PostgreSQL. */
@OnPostgres
class ReportPostgresIntegrationTests extends ReportRules {}
