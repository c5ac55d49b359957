package app.nook.contract;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What it takes to sell a plan to a customer.
 *
 * @param price the agreed price per period; the plan's price when null
 * @param endDate the last day of the contract, or null for an open-ended one
 */
public record NewContract(
        @NotNull Long customerId,
        @NotNull Long planId,
        @NotNull LocalDate startDate,
        @NotNull @Min(1) @Max(28) Integer billingDay,

        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
        BigDecimal price,

        @Min(1) @Max(10000) int quantity,
        LocalDate endDate) {}
