package app.nook.contract.api;

import app.nook.support.OnH2;

/** The plans, contracts and invoices API rules on the embedded H2 database. */
@OnH2
class ContractApiH2IntegrationTests extends ContractApiRules {}
