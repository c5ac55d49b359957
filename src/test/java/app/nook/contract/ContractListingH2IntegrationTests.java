package app.nook.contract;

import app.nook.support.OnH2;

/** The contract listing rules on the embedded H2 database. */
@OnH2
class ContractListingH2IntegrationTests extends ContractListingRules {}
