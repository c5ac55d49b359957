package app.nook.scope;

import app.nook.support.OnPostgres;

@OnPostgres
class HostileInputPostgresIntegrationTests extends HostileInputRules {}
