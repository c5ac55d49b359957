package app.nook.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nook.contract.ContractStatus;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.PermissionDeniedException;
import app.nook.staff.Role;
import app.nook.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The billing run: what it invoices, what it never invoices, and that running it twice changes nothing. */
abstract class BillingRunRules extends IntegrationTest {

    static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);

    @Autowired
    BillingRun billing;

    @Autowired
    CustomerLifecycle lifecycle;

    long location;
    long plan;

    @BeforeEach
    void setUp() {
        location = data.location();
        plan = data.plan(location);
    }

    @Test
    void invoicesADueContractAndMovesItsRenewalOnByOnePeriod() {
        long customer = data.customer(location);
        long contract = data.contract(customer, plan, LocalDate.of(2026, 1, 1), 1, null);

        BillingRunSummary summary = billing.run(FEB_1, Actor.system());

        assertThat(summary.invoices()).isEqualTo(2);
        assertThat(summary.amount()).isEqualByComparingTo("400.00");
        assertThat(data.contractState(contract).nextRenewal()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(data.count("select count(*) from invoice where customer_id = ? and status = 'OPEN'", customer))
                .isEqualTo(2);
    }

    @Test
    void theFirstInvoiceBillsThePartPeriodBeforeTheFirstRenewalProRata() {
        long customer = data.customer(location);
        data.contract(customer, plan, LocalDate.of(2026, 1, 10), 1, null);

        BillingRunSummary summary = billing.run(FEB_1, Actor.system());

        // 22 of January's 31 days at 200.00 a month, then February in full.
        assertThat(summary.invoices()).isEqualTo(1);
        assertThat(summary.amount()).isEqualByComparingTo(new BigDecimal("141.94").add(new BigDecimal("200.00")));
        assertThat(data.count("select count(*) from invoice_line")).isEqualTo(2);
    }

    @Test
    void aSecondRunOnTheSameDayInvoicesNothing() {
        long customer = data.customer(location);
        data.contract(customer, plan, LocalDate.of(2026, 1, 1), 1, null);
        billing.run(FEB_1, Actor.system());

        BillingRunSummary again = billing.run(FEB_1, Actor.system());

        assertThat(again.invoices()).isZero();
        assertThat(data.count("select count(*) from invoice")).isEqualTo(2);
    }

    @Test
    void suspendedContractsAndArchivedCustomersAreNeverInvoiced() {
        long suspended = data.customer(location);
        long suspendedContract = data.contract(suspended, plan, LocalDate.of(2026, 1, 1), 1, null);
        data.setContractStatus(suspendedContract, ContractStatus.SUSPENDED);
        long archived = data.customer(location);
        data.contract(archived, plan, LocalDate.of(2026, 1, 1), 1, null);
        lifecycle.archive(Selection.of(archived), null, Actor.system());
        long billed = data.customer(location);
        data.contract(billed, plan, LocalDate.of(2026, 2, 1), 1, null);

        BillingRunSummary summary = billing.run(FEB_1, Actor.system());

        assertThat(summary.invoices()).isEqualTo(1);
        assertThat(summary.skippedSuspended()).isEqualTo(1);
        assertThat(summary.skippedArchived()).isEqualTo(1);
        assertThat(data.count("select count(*) from invoice where customer_id in (?, ?)", suspended, archived))
                .isZero();
    }

    @Test
    void aRestoredCustomerIsBilledFromTheRestoreOnNotForTheArchivedTime() {
        long customer = data.customer(location);
        long contract = data.contract(customer, plan, LocalDate.of(2025, 6, 1), 1, null);
        data.setNextRenewal(contract, LocalDate.of(2025, 9, 1));
        lifecycle.archive(Selection.of(customer), null, Actor.system());
        lifecycle.restore(Selection.of(customer), Actor.system());
        LocalDate renewal = data.contractState(contract).nextRenewal();

        BillingRunSummary summary = billing.run(renewal, Actor.system());

        assertThat(renewal).isAfterOrEqualTo(LocalDate.now());
        assertThat(summary.invoices()).isEqualTo(1);
        assertThat(data.count(
                        "select count(*) from invoice where period_start < ?", java.sql.Date.valueOf(LocalDate.now())))
                .isZero();
    }

    @Test
    void noPeriodPastTheEndDateIsInvoiced() {
        long customer = data.customer(location);
        data.contract(customer, plan, LocalDate.of(2026, 1, 1), 1, LocalDate.of(2026, 1, 31));

        BillingRunSummary summary = billing.run(LocalDate.of(2026, 3, 1), Actor.system());

        assertThat(summary.invoices()).isEqualTo(1);
    }

    @Test
    void runningBillingNeedsThePermission() {
        Actor frontDesk = Actor.staff("desk@example.com", Set.of(Role.FRONT_DESK));

        assertThatThrownBy(() -> billing.run(FEB_1, frontDesk)).isInstanceOf(PermissionDeniedException.class);
        assertThat(data.count("select count(*) from billing_run")).isZero();
    }
}
