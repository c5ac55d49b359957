package app.nook.webhook;

import app.nook.support.OnH2;

/** The webhook rules on the embedded H2 database. */
@OnH2
class WebhookH2IntegrationTests extends WebhookRules {}
