package app.nook.api;

import app.nook.support.OnPostgres;

/** The token rules on PostgreSQL. */
@OnPostgres
class TokenPostgresIntegrationTests extends TokenRules {}
