package app.nook.report;

import app.nook.support.OnH2;

/** The report figures on the embedded database, read through their definitions. */
@OnH2
class ReportFiguresH2IntegrationTests extends ReportFiguresRules {}
