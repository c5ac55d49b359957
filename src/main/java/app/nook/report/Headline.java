package app.nook.report;

import java.math.BigDecimal;

/**
 * The dashboard's figures as of today.
 *
 * @param monthlyRecurringRevenue what active contracts bring in a month, yearly and quarterly ones spread evenly
 */
public record Headline(
        long activeMembers,
        long contacts,
        BigDecimal monthlyRecurringRevenue,
        BigDecimal invoicedThisMonth,
        long checkInsToday) {}
