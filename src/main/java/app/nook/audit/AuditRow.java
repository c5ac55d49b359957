package app.nook.audit;

import java.time.OffsetDateTime;

/**
 * One line of the audit log as the admin panel lists it.
 *
 * @param customerName the customer's name while they are not archived; null for an archived customer, whose name
 *     only their own record shows
 */
public record AuditRow(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        AuditAction action,
        Long customerId,
        String customerName,
        String reason,
        String details) {}
