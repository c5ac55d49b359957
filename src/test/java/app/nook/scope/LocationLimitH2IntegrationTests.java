package app.nook.scope;

class LocationLimitH2IntegrationTests extends LocationLimitRules {}
