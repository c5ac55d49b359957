package app.nook.billing;

import app.nook.support.OnPostgres;

/** The invoice listing rules on PostgreSQL. */
@OnPostgres
class InvoiceListingPostgresIntegrationTests extends InvoiceListingRules {}
