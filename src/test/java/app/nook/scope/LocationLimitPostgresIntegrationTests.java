package app.nook.scope;

import app.nook.support.OnPostgres;

@OnPostgres
class LocationLimitPostgresIntegrationTests extends LocationLimitRules {}
