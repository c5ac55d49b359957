package app.nook.customer.lifecycle;

/**
 * A customer's lifecycle state, read under a row lock at the start of a chunk.
 *
 * @param portal whether the customer has a portal account, and whether it is enabled
 */
record LockedCustomer(
        long id,
        String email,
        boolean suspended,
        boolean archived,
        boolean erased,
        boolean suspendedBeforeArchive,
        boolean portalBeforeArchive,
        PortalState portal) {

    /** A customer's members-portal account. */
    enum PortalState {
        NONE,
        ENABLED,
        DISABLED
    }
}
