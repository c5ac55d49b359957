package app.nook.scope;

class HostileInputH2IntegrationTests extends HostileInputRules {}
