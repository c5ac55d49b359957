package app.nook.customer.lifecycle;

import app.nook.support.OnPostgres;

/** The suspension, portal access and erasure rules on PostgreSQL. */
@OnPostgres
class OtherActionPostgresIntegrationTests extends OtherActionRules {}
