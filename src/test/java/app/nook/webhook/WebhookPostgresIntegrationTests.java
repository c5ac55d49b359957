package app.nook.webhook;

import app.nook.support.OnPostgres;

/** The webhook rules on PostgreSQL. */
@OnPostgres
class WebhookPostgresIntegrationTests extends WebhookRules {}
