package app.nook.customer;

import app.nook.support.OnPostgres;

/** The customer listing rules on PostgreSQL. */
@OnPostgres
class CustomerListingPostgresIntegrationTests extends CustomerListingRules {}
