package app.nook.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.contract.BillingPeriod;
import app.nook.contract.Contracts;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.support.IntegrationTest;
import app.nook.system.LocationScope;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every report against a small data set whose figures are worked out by hand, and the rule that archiving a
 * customer moves each figure by exactly that customer's share, and restoring moves it back.
 */
abstract class ReportRules extends IntegrationTest {

    @Autowired
    Reports reports;

    @Autowired
    ReportCsv csv;

    @Autowired
    Contracts contracts;

    @Autowired
    CustomerLifecycle lifecycle;

    @Autowired
    JdbcTemplate jdbc;

    long location;
    long ada;
    long bob;
    long cleo;
    ReportFilter thisYear;

    /**
     * Ada: hot desk at 100.00 a month. Bob: two seats of a quarterly office at 300.00 (200.00 a month). Cleo: a
     * contact. Each has an invoice this month: 100.00, 600.00 and 50.00, and Ada and Bob each checked in once today.
     */
    @BeforeEach
    void setUp() {
        location = data.location();
        long hotDesk = contracts
                .createPlan(
                        "Hot desk", location, new BigDecimal("100.00"), "EUR", BillingPeriod.MONTHLY, Actor.system())
                .id();
        long office = contracts
                .createPlan(
                        "Office", location, new BigDecimal("300.00"), "EUR", BillingPeriod.QUARTERLY, Actor.system())
                .id();
        ada = data.customer(location);
        bob = data.customer(location);
        cleo = data.customer(location);
        LocalDate start = LocalDate.now().minusMonths(1).withDayOfMonth(1);
        data.contract(ada, hotDesk, start, 1, null);
        contracts.create(new app.nook.contract.NewContract(bob, office, start, 1, null, 2, null), Actor.system());
        invoice(ada, "100.00");
        invoice(bob, "600.00");
        invoice(cleo, "50.00");
        checkIn(ada);
        checkIn(bob);
        thisYear = new ReportFilter(LocationScope.everywhere(), YearMonth.now().minusMonths(2), YearMonth.now());
    }

    @Test
    void headlineFiguresMatchTheHandWorkedValues() {
        Headline headline = reports.headline(LocationScope.everywhere());

        assertThat(headline.activeMembers()).isEqualTo(2);
        assertThat(headline.contacts()).isEqualTo(1);
        assertThat(headline.monthlyRecurringRevenue()).isEqualByComparingTo("300.00");
        assertThat(headline.invoicedThisMonth()).isEqualByComparingTo("750.00");
        assertThat(headline.checkInsToday()).isEqualTo(2);
    }

    @Test
    void theRecurringRevenueOfEachPlanAddsUpToTheHeadline() {
        var plans = reports.membersByPlan(LocationScope.everywhere());

        assertThat(plans).extracting(PlanFigures::plan).containsExactly("Hot desk", "Office");
        assertThat(plans)
                .extracting(PlanFigures::monthlyRevenue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("200.00"));
        assertThat(plans.stream().map(PlanFigures::monthlyRevenue).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(
                        reports.headline(LocationScope.everywhere()).monthlyRecurringRevenue());
    }

    @Test
    void monthlySeriesCountThisMonthsInvoicesAndRevenue() {
        var invoiced = reports.invoicedByMonth(thisYear);
        var revenue = reports.recurringRevenueByMonth(thisYear);

        assertThat(invoiced).last().satisfies(m -> {
            assertThat(m.amount()).isEqualByComparingTo("750.00");
            assertThat(m.count()).isEqualTo(3);
        });
        assertThat(revenue).last().satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("300.00"));
        assertThat(revenue.get(0).amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void archivingMovesEveryFigureByTheCustomersShareAndRestoringMovesItBack() {
        Headline before = reports.headline(LocationScope.everywhere());

        lifecycle.archive(Selection.of(bob), "Left", Actor.system());
        Headline archived = reports.headline(LocationScope.everywhere());
        CustomerFlow flowArchived = last(reports.customerFlow(thisYear));
        lifecycle.restore(Selection.of(bob), Actor.system());
        Headline restored = reports.headline(LocationScope.everywhere());

        assertThat(archived.activeMembers()).isEqualTo(before.activeMembers() - 1);
        assertThat(archived.monthlyRecurringRevenue()).isEqualByComparingTo("100.00");
        assertThat(archived.invoicedThisMonth()).isEqualByComparingTo("150.00");
        assertThat(archived.checkInsToday()).isEqualTo(1);
        assertThat(reports.invoicedByMonth(thisYear)).isNotEmpty();
        assertThat(flowArchived.churned()).isEqualTo(1);
        assertThat(restored).isEqualTo(before);
        assertThat(last(reports.customerFlow(thisYear)).netChurn()).isZero();
    }

    @Test
    void churnCountsOnlyTheArchivesOfTheLocationAskedFor() {
        long elsewhere = data.location();
        long leaving = data.customer(elsewhere);

        lifecycle.archive(Selection.of(List.of(bob, leaving)), "Left", Actor.system());
        CustomerFlow here = last(reports.customerFlow(
                new ReportFilter(LocationScope.only(List.of(location)), thisYear.from(), thisYear.to())));
        CustomerFlow there = last(reports.customerFlow(
                new ReportFilter(LocationScope.only(List.of(elsewhere)), thisYear.from(), thisYear.to())));
        CustomerFlow everywhere = last(reports.customerFlow(thisYear));

        assertThat(here.churned()).isEqualTo(1);
        assertThat(there.churned()).isEqualTo(1);
        assertThat(everywhere.churned()).isEqualTo(2);
    }

    @Test
    void eachCsvHoldsTheSameFiguresAsThePage() throws Exception {
        var out = new StringWriter();

        csv.write("plans", thisYear, out);

        String place = reports.membersByPlan(LocationScope.everywhere()).get(0).location();
        assertThat(out.toString().lines())
                .containsExactly(
                        "plan,location,active_contracts,members,monthly_recurring_revenue",
                        "Hot desk," + place + ",1,1,100.00",
                        "Office," + place + ",1,1,200.00");
    }

    @Test
    void checkInsAreCountedOnTodaysWeekday() {
        var figures = reports.checkInsByLocationAndWeekday(thisYear);

        assertThat(figures).hasSize(1);
        assertThat(figures.get(0).total()).isEqualTo(2);
        assertThat(figures.get(0)
                        .perWeekday()
                        .get(LocalDate.now().getDayOfWeek().getValue() - 1))
                .isEqualTo(2);
    }

    private static CustomerFlow last(java.util.List<CustomerFlow> flows) {
        return flows.get(flows.size() - 1);
    }

    private void invoice(long customer, String total) {
        String sql = """
                insert into invoice (number, customer_id, location_id, issued_on, due_on, period_start, period_end,
                    currency, total, status)
                values (?, ?, ?, current_date, current_date, current_date, current_date, 'EUR', ?, 'OPEN')""";
        jdbc.update(sql, "T-" + customer, customer, location, new BigDecimal(total));
    }

    private void checkIn(long customer) {
        jdbc.update(
                "insert into check_in (customer_id, location_id, checked_in_at) values (?, ?, current_timestamp)",
                customer,
                location);
    }
}
