package app.nook.portal;

import app.nook.support.OnH2;

/** The portal's lockout rules on the embedded H2 database. */
@OnH2
class PortalLockoutH2IntegrationTests extends PortalLockoutRules {}
