package app.nook.customer.lifecycle;

import app.nook.support.OnH2;

/** The restore rules on the embedded H2 database. */
@OnH2
class RestoreH2IntegrationTests extends RestoreRules {}
