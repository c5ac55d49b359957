package app.nook.contract.web;

import app.nook.contract.NewContract;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new contract form as posted.
 *
 * @param customerQuery what was typed into the customer picker; only used to show it again
 */
record ContractForm(
        @NotNull Long customerId,
        String customerQuery,
        @NotNull Long planId,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,

        @NotNull @Min(1) @Max(28) Integer billingDay,

        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
        BigDecimal price,

        @NotNull @Min(1) @Max(10000) Integer quantity,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate) {

    /** An empty form starting today, billed on today's day of the month where that is a valid billing day. */
    static ContractForm startingOn(LocalDate today) {
        return new ContractForm(null, null, null, today, Math.min(today.getDayOfMonth(), 28), null, 1, null);
    }

    NewContract toNewContract() {
        return new NewContract(customerId, planId, startDate, billingDay, price, quantity, endDate);
    }
}
