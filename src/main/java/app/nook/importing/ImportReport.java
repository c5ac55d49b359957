package app.nook.importing;

import java.util.List;

/**
 * The outcome of a dry run or an apply.
 *
 * @param applied true when the customers were created
 * @param problems the lines not created, in file order: invalid, or matching an archived or existing customer
 */
public record ImportReport(
        boolean applied,
        int rows,
        int toCreate,
        int invalid,
        int archivedMatches,
        int existingMatches,
        List<ReportLine> problems) {

    public boolean canApply() {
        return invalid == 0 && toCreate > 0;
    }
}
