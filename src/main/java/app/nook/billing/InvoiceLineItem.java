package app.nook.billing;

import java.math.BigDecimal;

/** One line of an invoice. */
public record InvoiceLineItem(String description, int quantity, BigDecimal unitPrice, BigDecimal amount) {}
