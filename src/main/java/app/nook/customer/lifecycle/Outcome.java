package app.nook.customer.lifecycle;

/** What an action did to one customer. */
public enum Outcome {
    /** Changed as asked. */
    DONE,
    /** Already in the asked state, or the action does not apply; nothing changed. */
    SKIPPED,
    /** Could not be changed; nothing changed. */
    FAILED
}
