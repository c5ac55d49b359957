package app.nook.customer.lifecycle;

import app.nook.support.OnPostgres;

/** The archive rules on PostgreSQL. */
@OnPostgres
class ArchivePostgresIntegrationTests extends ArchiveRules {}
