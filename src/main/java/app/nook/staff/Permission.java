package app.nook.staff;

/** One thing a staff user may do; roles grant sets of them. */
public enum Permission {
    VIEW_CUSTOMERS,
    EDIT_CUSTOMERS,
    ARCHIVE_CUSTOMERS,
    SUSPEND_CUSTOMERS,
    MANAGE_PORTAL_ACCESS,
    ERASE_CUSTOMERS,
    MANAGE_BILLING,
    VIEW_REPORTS,
    MANAGE_SETTINGS
}
