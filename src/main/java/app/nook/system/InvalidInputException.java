package app.nook.system;

/** Input that breaks a rule; names the offending field so that forms and the API can point at it. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the offending field, or null when the input as a whole is wrong. */
    public String field() {
        return field;
    }
}
