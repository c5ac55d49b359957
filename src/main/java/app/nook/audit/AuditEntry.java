package app.nook.audit;

import java.time.OffsetDateTime;

/** One line of the audit log. */
public record AuditEntry(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        AuditAction action,
        Long customerId,
        String reason,
        String details) {}
