package app.nook.customer.lifecycle;

import app.nook.support.OnH2;

/** The bulk rules on the embedded H2 database. */
@OnH2
class BulkH2IntegrationTests extends BulkRules {}
