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

    /**
     * Where a contract's renewal stands once its customer is restored. A period already due or running when the
     * archive came is still owed, as long as it has not run out meanwhile; otherwise billing starts again on the first
     * billing day from the restore, so nothing is billed for the archived time.
     *
     * @param pending the renewal date the contract had when it was archived, or null
     */
    public static LocalDate afterRestore(LocalDate pending, int billingDay, int periodMonths, LocalDate restoredOn) {
        if (pending != null && pending.plusMonths(periodMonths).isAfter(restoredOn)) {
            return pending;
        }
        return nextOnOrAfter(restoredOn, billingDay);
    }
}
