package app.nook.report;

import app.nook.system.CsvCells;
import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

/** Writes each report as CSV, from the very rows the page shows, so the file and the page never disagree. */
@Service
public class ReportCsv {

    private final Reports reports;

    ReportCsv(Reports reports) {
        this.reports = reports;
    }

    /**
     * Writes the named report.
     *
     * @return false when there is no report of that name
     */
    public boolean write(String name, ReportFilter filter, Writer out) throws IOException {
        List<List<Object>> rows = switch (name) {
            case "plans" -> plans(filter);
            case "recurring-revenue" -> monthly(reports.recurringRevenueByMonth(filter), "recurring_revenue");
            case "invoiced" -> monthly(reports.invoicedByMonth(filter), "invoiced");
            case "customers" -> flows(filter);
            case "check-ins" -> checkIns(filter);
            default -> null;
        };
        if (rows == null) {
            return false;
        }
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(CsvCells::defused).toList());
            }
        }
        return true;
    }

    private List<List<Object>> plans(ReportFilter filter) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("plan", "location", "active_contracts", "members", "monthly_recurring_revenue"));
        reports.membersByPlan(filter.locations())
                .forEach(
                        p -> rows.add(List.of(p.plan(), p.location(), p.contracts(), p.members(), p.monthlyRevenue())));
        return rows;
    }

    private static List<List<Object>> monthly(List<MonthFigure> series, String column) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("month", column, "count"));
        series.forEach(m -> rows.add(List.of(m.month().toString(), m.amount(), m.count())));
        return rows;
    }

    private List<List<Object>> flows(ReportFilter filter) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("month", "new", "churned", "returned", "net_churn"));
        reports.customerFlow(filter)
                .forEach(f -> rows.add(
                        List.of(f.month().toString(), f.newCustomers(), f.churned(), f.returned(), f.netChurn())));
        return rows;
    }

    private List<List<Object>> checkIns(ReportFilter filter) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("location"));
        for (DayOfWeek day : DayOfWeek.values()) {
            header.add(day.name().toLowerCase(Locale.ROOT));
        }
        header.add("total");
        rows.add(header);
        reports.checkInsByLocationAndWeekday(filter).forEach(c -> {
            List<Object> row = new ArrayList<>(List.of(c.location()));
            row.addAll(c.perWeekday());
            row.add(c.total());
            rows.add(row);
        });
        return rows;
    }
}
