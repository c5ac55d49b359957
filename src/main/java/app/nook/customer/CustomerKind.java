package app.nook.customer;

/** Whether a customer is a person or a company. */
public enum CustomerKind {
    INDIVIDUAL,
    COMPANY
}
