package app.nook.customer.api;

import app.nook.support.OnH2;

/** The lifecycle API rules on the embedded H2 database. */
@OnH2
class LifecycleApiH2IntegrationTests extends LifecycleApiRules {}
