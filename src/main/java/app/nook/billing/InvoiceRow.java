package app.nook.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the invoices list, with the customer it was issued to. */
public record InvoiceRow(
        long id,
        String number,
        long customerId,
        String customerName,
        LocalDate issuedOn,
        LocalDate dueOn,
        BigDecimal total,
        String currency,
        InvoiceStatus status) {}
