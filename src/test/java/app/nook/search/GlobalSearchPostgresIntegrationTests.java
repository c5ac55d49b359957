package app.nook.search;

import app.nook.support.OnPostgres;

/** The global search rules on PostgreSQL. */
@OnPostgres
class GlobalSearchPostgresIntegrationTests extends GlobalSearchRules {}
