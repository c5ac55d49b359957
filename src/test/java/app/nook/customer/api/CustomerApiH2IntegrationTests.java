package app.nook.customer.api;

import app.nook.support.OnH2;

/** The customer API rules on the embedded H2 database. */
@OnH2
class CustomerApiH2IntegrationTests extends CustomerApiRules {}
