package app.nook.file;

import app.nook.system.InvalidInputException;

/** An uploaded file that Nook does not keep; nothing was stored. */
public class FileRefusedException extends InvalidInputException {

    /** Why a file was refused. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        BAD_NAME,
        TYPE_NOT_ALLOWED
    }

    private final Reason reason;

    public FileRefusedException(Reason reason, String message) {
        super("file", message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
