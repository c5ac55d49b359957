package app.nook.api;

import app.nook.support.OnH2;

/** The token rules on the embedded H2 database. */
@OnH2
class TokenH2IntegrationTests extends TokenRules {}
