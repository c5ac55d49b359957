package app.nook.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A contract as lists and the customer record show it. */
public record ContractSummary(
        long id,
        String number,
        String planName,
        ContractStatus status,
        LocalDate startDate,
        LocalDate nextRenewalDate,
        LocalDate endDate,
        BigDecimal price,
        String currency,
        int quantity,
        boolean suspendedByArchive) {}
