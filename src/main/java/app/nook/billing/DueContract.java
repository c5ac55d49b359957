package app.nook.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An active contract of a customer who is not archived, whose next renewal has come. */
record DueContract(
        long id,
        long customerId,
        long locationId,
        String planName,
        String currency,
        String billingPeriod,
        BigDecimal price,
        int quantity,
        LocalDate startDate,
        LocalDate nextRenewalDate,
        LocalDate endDate,
        boolean invoicedBefore) {

    int periodMonths() {
        return switch (billingPeriod) {
            case "QUARTERLY" -> 3;
            case "YEARLY" -> 12;
            default -> 1;
        };
    }

    BigDecimal periodAmount() {
        return price.multiply(BigDecimal.valueOf(quantity));
    }
}
