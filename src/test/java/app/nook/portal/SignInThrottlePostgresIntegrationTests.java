package app.nook.portal;

import app.nook.support.OnPostgres;

/** The portal's sign-in throttling rules on PostgreSQL. */
@OnPostgres
class SignInThrottlePostgresIntegrationTests extends SignInThrottleRules {}
