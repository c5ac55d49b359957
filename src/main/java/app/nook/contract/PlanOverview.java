package app.nook.contract;

import java.math.BigDecimal;

/**
 * A plan as the plans list shows it.
 *
 * @param activeContracts active contracts of customers who are not archived
 */
public record PlanOverview(
        long id,
        String name,
        long locationId,
        String locationName,
        BigDecimal price,
        String currency,
        BillingPeriod billingPeriod,
        boolean archived,
        long activeContracts) {}
