package app.nook.customer.web;

import java.io.Serializable;

/**
 * A message shown once at the top of the next page, after a redirect; kept in the session until then.
 *
 * @param level the Bootstrap alert colour: success, warning or danger
 */
record Notice(String level, String text) implements Serializable {

    static Notice success(String text) {
        return new Notice("success", text);
    }

    static Notice warning(String text) {
        return new Notice("warning", text);
    }

    static Notice danger(String text) {
        return new Notice("danger", text);
    }
}
