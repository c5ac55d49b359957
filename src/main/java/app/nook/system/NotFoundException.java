package app.nook.system;

/** A record that the request names does not exist, or is not visible to the one asking. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
