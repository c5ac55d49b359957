package app.nook.billing;

import app.nook.support.OnH2;

/** The invoice listing rules on the embedded H2 database. */
@OnH2
class InvoiceListingH2IntegrationTests extends InvoiceListingRules {}
