package app.nook.audit;

import app.nook.support.OnH2;

/** The audit log rules on the embedded H2 database. */
@OnH2
class AuditHistoryH2IntegrationTests extends AuditHistoryRules {}
