package app.nook.portal;

import app.nook.support.OnH2;

/** The portal's invitation rules on the embedded H2 database. */
@OnH2
class InvitationH2IntegrationTests extends InvitationRules {}
