package app.nook.portal;

import app.nook.support.OnH2;

/** The portal's sign-in rules on the embedded H2 database. */
@OnH2
class PortalSignInH2IntegrationTests extends PortalSignInRules {}
