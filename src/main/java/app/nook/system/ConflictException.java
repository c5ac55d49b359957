package app.nook.system;

/** A request that clashes with the current state of a record, such as a stale form or a taken email. */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, machine-readable name of the conflict, such as {@code stale-version}. */
    public String code() {
        return code;
    }
}
