package app.nook.customer.lifecycle;

import app.nook.support.OnH2;

/** The suspension, portal access and erasure rules on the embedded H2 database. */
@OnH2
class OtherActionH2IntegrationTests extends OtherActionRules {}
