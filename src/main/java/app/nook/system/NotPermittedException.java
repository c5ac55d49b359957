package app.nook.system;

/** The one asking may not do what they asked; answered with 403 on every surface. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
