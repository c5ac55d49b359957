package app.nook.portal;

import app.nook.support.OnPostgres;

/** The portal's invitation rules on PostgreSQL. */
@OnPostgres
class InvitationPostgresIntegrationTests extends InvitationRules {}
