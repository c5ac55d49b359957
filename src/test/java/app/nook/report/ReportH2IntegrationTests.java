package app.nook.report;

import app.nook.support.OnH2;

/** The reports on the embedded H2 database. */
@OnH2
class ReportH2IntegrationTests extends ReportRules {}
