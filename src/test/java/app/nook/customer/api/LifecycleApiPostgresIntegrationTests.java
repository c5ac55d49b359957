package app.nook.customer.api;

import app.nook.support.OnPostgres;

/** The lifecycle API rules on PostgreSQL. */
@OnPostgres
class LifecycleApiPostgresIntegrationTests extends LifecycleApiRules {}
