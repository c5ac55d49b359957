package app.nook.billing;

import app.nook.support.OnPostgres;

/** The billing run on PostgreSQL. */
@OnPostgres
class BillingRunPostgresIntegrationTests extends BillingRunRules {}
