package app.nook.contract.api;

import app.nook.support.OnPostgres;

/** The plans, contracts and invoices API rules on PostgreSQL. */
@OnPostgres
class ContractApiPostgresIntegrationTests extends ContractApiRules {}
