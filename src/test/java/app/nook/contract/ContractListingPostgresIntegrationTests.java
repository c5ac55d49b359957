package app.nook.contract;

import app.nook.support.OnPostgres;

/** The contract listing rules on PostgreSQL. */
@OnPostgres
class ContractListingPostgresIntegrationTests extends ContractListingRules {}
