package app.nook.customer;

import app.nook.support.OnH2;

/** The customer listing rules on the embedded H2 database. */
@OnH2
class CustomerListingH2IntegrationTests extends CustomerListingRules {}
