package app.nook.report;

import app.nook.system.InvalidInputException;
import app.nook.system.LocationScope;
import java.time.YearMonth;

/**
 * Narrows reports to some locations and a range of months.
 *
 * @param locations the locations counted: one chosen, those of a limited staff user, or every one
 * @param from the first month of monthly series
 * @param to the last month of monthly series, normally the current one
 */
public record ReportFilter(LocationScope locations, YearMonth from, YearMonth to) {

    public static final int MAX_MONTHS = 36;

    public ReportFilter {
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "The first month must not come after the last");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new InvalidInputException("from", "A report covers at most " + MAX_MONTHS + " months");
        }
    }

    /** The twelve months up to and including the given one, for every location. */
    public static ReportFilter lastTwelveMonths(YearMonth current) {
        return new ReportFilter(LocationScope.everywhere(), current.minusMonths(11), current);
    }
}
