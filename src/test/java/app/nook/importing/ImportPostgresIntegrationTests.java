package app.nook.importing;

import app.nook.support.OnPostgres;

/** The import rules on PostgreSQL. */
@OnPostgres
class ImportPostgresIntegrationTests extends ImportRules {}
