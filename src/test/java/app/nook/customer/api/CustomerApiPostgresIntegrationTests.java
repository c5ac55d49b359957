package app.nook.customer.api;

import app.nook.support.OnPostgres;

/** The customer API rules on PostgreSQL. */
@OnPostgres
class CustomerApiPostgresIntegrationTests extends CustomerApiRules {}
