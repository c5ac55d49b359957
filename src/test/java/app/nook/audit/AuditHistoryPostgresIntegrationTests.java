package app.nook.audit;

import app.nook.support.OnPostgres;

/** The audit log rules on PostgreSQL. */
@OnPostgres
class AuditHistoryPostgresIntegrationTests extends AuditHistoryRules {}
