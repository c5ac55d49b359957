package app.nook.report;

import java.time.YearMonth;

/**
 * New and lost customers in one month.
 *
 * @param newCustomers customers registered that month who are not archived
 * @param churned archives that month
 * @param returned restores that month
 */
public record CustomerFlow(YearMonth month, long newCustomers, long churned, long returned) {

    public long netChurn() {
        return churned - returned;
    }
}
