package app.nook.billing;

/** Where an invoice stands. */
public enum InvoiceStatus {
    OPEN,
    PAID,
    VOID
}
