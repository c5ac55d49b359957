package app.nook.customer.lifecycle;

import app.nook.system.InvalidInputException;

/** A selection that names no customer at all, such as a filter that matches nobody; nothing was changed. */
public class EmptySelectionException extends InvalidInputException {

    public EmptySelectionException(String message) {
        super("selection", message);
    }
}
