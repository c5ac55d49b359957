package app.nook.contract;

import java.math.BigDecimal;

/** A product sold on a recurring basis at one location. */
public record Plan(
        long id, String name, long locationId, BigDecimal price, String currency, BillingPeriod billingPeriod) {}
