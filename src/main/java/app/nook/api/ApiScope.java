package app.nook.api;

import java.util.Locale;

/** What a token may be used for, on top of what its staff user may do. */
public enum ApiScope {
    /** Reading: every GET. */
    READ,
    /** Creating and updating records. */
    WRITE,
    /** Lifecycle commands (archive, restore, suspend, portal access) and erasure. */
    LIFECYCLE;

    /** The name used in requests and responses, such as {@code read}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The granted authority a request made with this scope carries. */
    String authority() {
        return "SCOPE_" + wireName();
    }

    /**
     * The scope with this wire name, case-insensitive.
     *
     * @throws IllegalArgumentException when there is none
     */
    static ApiScope fromWire(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
