package app.nook.portal;

/** Where a customer stands with the portal. */
public enum AccessState {
    /** Not archived, with an enabled portal account: may sign in once a password is set. */
    ACTIVE,
    /** Archived: locked out until restored. */
    ARCHIVED,
    /** Not archived, but the portal account is disabled or was never opened. */
    NO_ACCESS
}
