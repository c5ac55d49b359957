package app.nook.report.web;

import app.nook.location.Locations;
import app.nook.report.CheckInFigures;
import app.nook.report.MonthFigure;
import app.nook.report.PlanFigures;
import app.nook.report.ReportCsv;
import app.nook.report.ReportFilter;
import app.nook.report.Reports;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import app.nook.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The Reports page, every report as a chart and a table, and each one's CSV download. */
@Controller
class ReportController {

    private final Reports reports;
    private final ReportCsv csv;
    private final Locations locations;
    private final Clock clock;

    ReportController(Reports reports, ReportCsv csv, Locations locations, Clock clock) {
        this.reports = reports;
        this.csv = csv;
        this.locations = locations;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String reports(
            @RequestParam(required = false) Long location,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            Model model) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_REPORTS);
        ReportFilter filter = filter(actor, location, from, to);

        model.addAttribute("filter", filter);
        model.addAttribute("location", location);
        model.addAttribute("locations", locations.within(actor.locations()));
        model.addAttribute("headline", reports.headline(filter.locations()));
        addPlans(model, reports.membersByPlan(filter.locations()));
        addMonthly(model, "revenue", reports.recurringRevenueByMonth(filter));
        addMonthly(model, "invoiced", reports.invoicedByMonth(filter));
        model.addAttribute("flows", reports.customerFlow(filter));
        addCheckIns(model, reports.checkInsByLocationAndWeekday(filter));
        return "report/reports";
    }

    @GetMapping("/reports/{name}.csv")
    void download(
            @PathVariable String name,
            @RequestParam(required = false) Long location,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            HttpServletResponse response)
            throws IOException {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_REPORTS);
        var body = new StringWriter();
        if (!csv.write(name, filter(actor, location, from, to), body)) {
            throw new NotFoundException("Report", name);
        }

        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"");
        response.getWriter().write(body.toString());
    }

    /** The chosen location, or all the actor works in; a location outside them is refused. */
    private ReportFilter filter(Actor actor, Long location, YearMonth from, YearMonth to) {
        YearMonth last = to == null ? YearMonth.now(clock) : to;
        return new ReportFilter(
                actor.locations().narrowedTo(location), from == null ? last.minusMonths(11) : from, last);
    }

    private static void addPlans(Model model, List<PlanFigures> plans) {
        model.addAttribute("plans", plans);
        model.addAttribute(
                "plansChart",
                BarChart.of(
                        "plans-chart",
                        plans.stream()
                                .map(p -> p.plan() + " (" + p.location() + ")")
                                .toList(),
                        plans.stream().map(PlanFigures::monthlyRevenue).toList()));
    }

    private static void addMonthly(Model model, String name, List<MonthFigure> series) {
        model.addAttribute(name, series);
        model.addAttribute(
                name + "Chart",
                BarChart.of(
                        name + "-chart",
                        series.stream().map(m -> m.month().toString()).toList(),
                        series.stream().map(MonthFigure::amount).toList()));
    }

    private static void addCheckIns(Model model, List<CheckInFigures> checkIns) {
        model.addAttribute("checkIns", checkIns);
        model.addAttribute(
                "weekdays",
                Arrays.stream(DayOfWeek.values())
                        .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                        .toList());
        model.addAttribute(
                "checkInCharts",
                checkIns.stream()
                        .map(c -> BarChart.of(
                                "check-ins-" + c.location().replaceAll("[^A-Za-z0-9]", "-"),
                                Arrays.stream(DayOfWeek.values())
                                        .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                                        .toList(),
                                c.perWeekday().stream().map(BigDecimal::valueOf).toList()))
                        .toList());
    }
}
