package app.nook.audit;

/** What an audit entry records. */
public enum AuditAction {
    CUSTOMER_CREATED,
    CUSTOMER_UPDATED,
    CUSTOMER_ARCHIVED,
    CUSTOMER_RESTORED,
    CUSTOMER_SUSPENDED,
    SUSPENSION_LIFTED,
    PORTAL_ACCESS_GRANTED,
    PORTAL_ACCESS_REVOKED,
    CUSTOMER_ERASED
}
