package app.nook.portal;

import app.nook.support.OnPostgres;

/** The portal's sign-in rules on PostgreSQL. */
@OnPostgres
class PortalSignInPostgresIntegrationTests extends PortalSignInRules {}
