package app.nook.report;

import app.nook.support.OnPostgres;

/** The report figures that triggers keep on PostgreSQL. */
@OnPostgres
class ReportFiguresPostgresIntegrationTests extends ReportFiguresRules {}
