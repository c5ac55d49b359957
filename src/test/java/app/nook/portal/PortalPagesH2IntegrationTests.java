package app.nook.portal;

import app.nook.support.OnH2;

/** The portal's pages rules on the embedded H2 database. */
@OnH2
class PortalPagesH2IntegrationTests extends PortalPagesRules {}
