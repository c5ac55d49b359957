package app.nook.portal;

import app.nook.support.OnPostgres;

/** The portal's lockout rules on PostgreSQL. */
@OnPostgres
class PortalLockoutPostgresIntegrationTests extends PortalLockoutRules {}
