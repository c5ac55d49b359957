package app.nook.customer.lifecycle;

import app.nook.support.OnPostgres;

/** The conflict rules on PostgreSQL. */
@OnPostgres
class ConflictPostgresIntegrationTests extends ConflictRules {}
