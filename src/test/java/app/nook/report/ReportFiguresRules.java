package app.nook.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.billing.BillingRun;
import app.nook.checkin.Attendance;
import app.nook.contract.BillingPeriod;
import app.nook.contract.Contracts;
import app.nook.contract.NewContract;
import app.nook.customer.CustomerProfile;
import app.nook.customer.Customers;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.support.IntegrationTest;
import app.nook.support.ReportFigureTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report figures equal their definitions, the {@code _recount} views, after every kind of change a customer's
 * records go through: on PostgreSQL that proves the triggers that keep the figures, on the embedded database the
 * views the figures are read through.
 */
abstract class ReportFiguresRules extends IntegrationTest {

    @Autowired
    Contracts contracts;

    @Autowired
    Customers customers;

    @Autowired
    CustomerLifecycle lifecycle;

    @Autowired
    BillingRun billing;

    @Autowired
    Attendance attendance;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    long here;
    long there;
    long monthly;
    long quarterly;
    long yearly;
    long ada;
    long bob;
    long cleo;

    @BeforeEach
    void aSmallNetwork() {
        here = data.location();
        there = data.location();
        monthly = plan("Hot desk", here, "190.00", BillingPeriod.MONTHLY);
        quarterly = plan("Fixed desk", here, "870.00", BillingPeriod.QUARTERLY);
        yearly = plan("Office", there, "6600.00", BillingPeriod.YEARLY);
        ada = data.customer(here);
        bob = data.customer(here);
        cleo = data.customer(there);
    }

    @Test
    void newCustomersContractsInvoicesAndCheckInsCount() {
        LocalDate start = LocalDate.now().minusMonths(3).withDayOfMonth(1);

        sell(ada, monthly, start, null, 1, null);
        sell(ada, monthly, start, null, 2, new BigDecimal("150.00"));
        sell(bob, quarterly, start, LocalDate.now().plusMonths(4), 1, null);
        sell(cleo, yearly, start, null, 3, null);
        billing.run(LocalDate.now(), Actor.system());
        checkIn(ada);
        checkIn(cleo);

        assertFiguresMatchTheirDefinitions();
        assertThat(ReportFigureTables.rows(jdbc, "report_plan")).hasSize(3);
    }

    @Test
    void archivingAndRestoringMoveEverythingTheCustomersHold() {
        LocalDate start = LocalDate.now().minusMonths(2).withDayOfMonth(1);
        sell(ada, monthly, start, null, 1, null);
        sell(bob, monthly, start, null, 1, null);
        sell(bob, quarterly, start, LocalDate.now().plusDays(10), 1, null);
        billing.run(LocalDate.now(), Actor.system());
        checkIn(bob);
        List<List<String>> before = allFigures();

        lifecycle.archive(Selection.of(List.of(bob, cleo)), "Left", Actor.system());
        assertFiguresMatchTheirDefinitions();
        assertThat(allFigures()).isNotEqualTo(before);

        lifecycle.restore(Selection.of(List.of(bob, cleo)), Actor.system());
        assertFiguresMatchTheirDefinitions();
        assertThat(allFigures()).isEqualTo(before);
    }

    @Test
    void cancellingEndingAndRepricingContractsMoveRevenueAndMembers() {
        LocalDate start = LocalDate.now().minusMonths(5).withDayOfMonth(1);
        long first = sell(ada, monthly, start, null, 1, null);
        long second = sell(ada, monthly, start, null, 1, null);
        long office = sell(cleo, yearly, start, null, 1, null);

        contracts.cancel(first, LocalDate.now().plusDays(3), Actor.system());
        assertFiguresMatchTheirDefinitions();
        jdbc.update("update contract set status = 'ENDED', end_date = ? where id = ?", LocalDate.now(), second);
        assertFiguresMatchTheirDefinitions();
        jdbc.update("update contract set price = price + 10, quantity = 2 where id in (?, ?)", first, office);
        assertFiguresMatchTheirDefinitions();
        jdbc.update("update contract set status = 'SUSPENDED' where id = ?", office);
        assertFiguresMatchTheirDefinitions();
    }

    @Test
    void voidingInvoicesAndMovingCustomersChangeTheirFigures() {
        sell(ada, monthly, LocalDate.now().minusMonths(1), null, 1, null);
        sell(bob, quarterly, LocalDate.now().minusMonths(1), null, 1, null);
        billing.run(LocalDate.now(), Actor.system());
        checkIn(ada);
        checkOut(ada);

        jdbc.update("update invoice set status = 'VOID' where customer_id = ?", ada);
        assertFiguresMatchTheirDefinitions();
        jdbc.update("update invoice set status = 'PAID' where customer_id = ?", bob);
        assertFiguresMatchTheirDefinitions();
        long version = customers.get(bob).version();
        customers.update(bob, version, profileAt(there, "bob@moved.example"), Actor.system());
        jdbc.update("update customer set registered_on = registered_on - 40 where id = ?", ada);
        assertFiguresMatchTheirDefinitions();
        jdbc.update("delete from check_in where customer_id = ?", ada);
        assertFiguresMatchTheirDefinitions();
    }

    @Test
    void erasingAnArchivedCustomerLeavesTheFiguresAsTheArchiveLeftThem() {
        sell(ada, monthly, LocalDate.now().minusMonths(1), null, 1, null);
        billing.run(LocalDate.now(), Actor.system());
        checkIn(ada);
        lifecycle.archive(Selection.of(ada), "Left", Actor.system());
        List<List<String>> archived = allFigures();

        lifecycle.erase(Selection.of(ada), "Data protection request", Actor.system());

        assertFiguresMatchTheirDefinitions();
        assertThat(allFigures()).isEqualTo(archived);
    }

    private void assertFiguresMatchTheirDefinitions() {
        ReportFigureTables.assertMatchTheirDefinitions(jdbc);
    }

    private List<List<String>> allFigures() {
        return ReportFigureTables.all(jdbc);
    }

    private long plan(String name, long location, String price, BillingPeriod period) {
        return contracts
                .createPlan(name, location, new BigDecimal(price), "EUR", period, Actor.system())
                .id();
    }

    private long sell(long customer, long plan, LocalDate start, LocalDate end, int quantity, BigDecimal price) {
        return contracts.create(new NewContract(customer, plan, start, 1, price, quantity, end), Actor.system());
    }

    private void checkIn(long customer) {
        transactions.executeWithoutResult(tx -> attendance.checkInAtHome(customer, Instant.now()));
    }

    private void checkOut(long customer) {
        transactions.executeWithoutResult(tx -> attendance.checkOut(customer, Instant.now()));
    }

    private CustomerProfile profileAt(long location, String email) {
        return data.profile(location, "Bob Moved", email, Set.of());
    }
}
