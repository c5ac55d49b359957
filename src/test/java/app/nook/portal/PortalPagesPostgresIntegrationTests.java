package app.nook.portal;

import app.nook.support.OnPostgres;

/** The portal's pages rules on PostgreSQL. */
@OnPostgres
class PortalPagesPostgresIntegrationTests extends PortalPagesRules {}
