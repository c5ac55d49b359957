package app.nook.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** One invoice the billing run is about to write: a contract's period, and a pro-rated first part if any. */
record InvoiceDraft(DueContract contract, LocalDate periodStart, LocalDate periodEnd, List<Line> lines) {

    /** One invoice line. */
    record Line(String description, int quantity, BigDecimal unitPrice, BigDecimal amount) {}

    BigDecimal total() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The invoices a contract owes on the run date: every period whose renewal has come (a missed run catches up),
     * none past the end date. The very first invoice also bills the part-period from the start to the first
     * renewal, pro rata by days.
     */
    static List<InvoiceDraft> owedBy(DueContract contract, LocalDate runDate) {
        List<InvoiceDraft> drafts = new ArrayList<>();
        LocalDate start = contract.nextRenewalDate();
        boolean first = !contract.invoicedBefore();
        while (!start.isAfter(runDate) && (contract.endDate() == null || !start.isAfter(contract.endDate()))) {
            LocalDate end = start.plusMonths(contract.periodMonths()).minusDays(1);
            List<Line> lines = new ArrayList<>();
            if (first && contract.startDate().isBefore(start)) {
                lines.add(partPeriod(contract, start));
            }
            lines.add(new Line(
                    contract.planName() + " " + start + " to " + end,
                    contract.quantity(),
                    contract.price(),
                    contract.periodAmount()));
            drafts.add(new InvoiceDraft(contract, start, end, lines));
            first = false;
            start = end.plusDays(1);
        }
        return drafts;
    }

    private static Line partPeriod(DueContract contract, LocalDate firstRenewal) {
        LocalDate fullPeriodStart = firstRenewal.minusMonths(contract.periodMonths());
        long days = ChronoUnit.DAYS.between(contract.startDate(), firstRenewal);
        long periodDays = ChronoUnit.DAYS.between(fullPeriodStart, firstRenewal);
        BigDecimal amount = contract.periodAmount()
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(periodDays), 2, RoundingMode.HALF_UP);
        return new Line(
                contract.planName() + " " + contract.startDate() + " to " + firstRenewal.minusDays(1) + " (pro rata)",
                contract.quantity(),
                contract.price(),
                amount);
    }
}
