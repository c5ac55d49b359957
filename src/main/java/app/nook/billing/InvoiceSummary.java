package app.nook.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice as lists and the customer record show it. */
public record InvoiceSummary(
        long id,
        String number,
        long customerId,
        LocalDate issuedOn,
        LocalDate dueOn,
        LocalDate periodStart,
        LocalDate periodEnd,
        String currency,
        BigDecimal total,
        String status) {}
