package app.nook.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the contracts list, with the customer it was sold to. */
public record ContractRow(
        long id,
        String number,
        long customerId,
        String customerName,
        String planName,
        ContractStatus status,
        LocalDate startDate,
        LocalDate nextRenewalDate,
        BigDecimal price,
        String currency,
        int quantity) {}
