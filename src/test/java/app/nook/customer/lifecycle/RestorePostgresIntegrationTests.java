package app.nook.customer.lifecycle;

import app.nook.support.OnPostgres;

/** The restore rules on PostgreSQL. */
@OnPostgres
class RestorePostgresIntegrationTests extends RestoreRules {}
