package app.nook.contract;

import java.time.LocalDate;

/** The calendar rule behind renewal dates. */
public final class Renewals {

    private Renewals() {}

    /**
     * The first date on or after {@code from} that falls on the billing day. Billing days run from 1 to 28, so
     * every month has one.
     */
    public static LocalDate nextOnOrAfter(LocalDate from, int billingDay) {
        if (billingDay < 1 || billingDay > 28) {
            throw new IllegalArgumentException("Billing day must be between 1 and 28, was " + billingDay);
        }
        LocalDate thisMonth = from.withDayOfMonth(billingDay);
        return thisMonth.isBefore(from) ? thisMonth.plusMonths(1) : thisMonth;
    }
}
