package app.nook.customer;

/**
 * The name under which a customer's portal sessions are stored, distinct from any staff user's. Ending a
 * customer's sessions means deleting the sessions stored under this name.
 */
public final class PortalPrincipal {

    /** What every customer principal name starts with. */
    public static final String PREFIX = "customer:";

    private PortalPrincipal() {}

    public static String nameOf(long customerId) {
        return PREFIX + customerId;
    }

    /** The customer id behind a principal name, or null when the name is not a customer's. */
    public static Long customerIdOf(String principalName) {
        if (principalName == null || !principalName.startsWith(PREFIX)) {
            return null;
        }
        return Long.valueOf(principalName.substring(PREFIX.length()));
    }
}
