package app.nook.billing;

import app.nook.support.OnH2;

/** The billing run on the embedded H2 database. */
@OnH2
class BillingRunH2IntegrationTests extends BillingRunRules {}
