package app.nook.customer.lifecycle;

import app.nook.support.OnPostgres;

/** The bulk rules on PostgreSQL. */
@OnPostgres
class BulkPostgresIntegrationTests extends BulkRules {}
