package app.nook.customer.lifecycle;

import app.nook.support.OnH2;

/** The conflict rules on the embedded H2 database. */
@OnH2
class ConflictH2IntegrationTests extends ConflictRules {}
