package app.nook.customer.lifecycle;

import app.nook.audit.AuditAction;
import app.nook.staff.Permission;

/** A change to a customer's lifecycle state, with the permission it needs and the audit entry it leaves. */
public enum LifecycleAction {
    ARCHIVE(Permission.ARCHIVE_CUSTOMERS, AuditAction.CUSTOMER_ARCHIVED, "archived"),
    RESTORE(Permission.ARCHIVE_CUSTOMERS, AuditAction.CUSTOMER_RESTORED, "restored"),
    SUSPEND(Permission.SUSPEND_CUSTOMERS, AuditAction.CUSTOMER_SUSPENDED, "suspended"),
    LIFT_SUSPENSION(Permission.SUSPEND_CUSTOMERS, AuditAction.SUSPENSION_LIFTED, "suspension lifted"),
    GRANT_PORTAL_ACCESS(Permission.MANAGE_PORTAL_ACCESS, AuditAction.PORTAL_ACCESS_GRANTED, "portal access granted"),
    REVOKE_PORTAL_ACCESS(Permission.MANAGE_PORTAL_ACCESS, AuditAction.PORTAL_ACCESS_REVOKED, "portal access revoked"),
    ERASE(Permission.ERASE_CUSTOMERS, AuditAction.CUSTOMER_ERASED, "erased");

    private final Permission permission;
    private final AuditAction auditAction;
    private final String pastTense;

    LifecycleAction(Permission permission, AuditAction auditAction, String pastTense) {
        this.permission = permission;
        this.auditAction = auditAction;
        this.pastTense = pastTense;
    }

    public Permission permission() {
        return permission;
    }

    public AuditAction auditAction() {
        return auditAction;
    }

    /** How a result reports a customer this action changed, such as "archived". */
    public String pastTense() {
        return pastTense;
    }
}
