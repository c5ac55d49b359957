package app.nook.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One contract with everything the API shows of it.
 *
 * @param endDate the last day of the contract, or null for an open-ended one
 */
public record ContractDetails(
        long id,
        String number,
        long customerId,
        long planId,
        String planName,
        ContractStatus status,
        LocalDate startDate,
        int billingDay,
        LocalDate nextRenewalDate,
        LocalDate endDate,
        BigDecimal price,
        String currency,
        int quantity) {}
