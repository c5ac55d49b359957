package app.nook.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.nook.audit.AuditFilter;
import app.nook.audit.AuditHistory;
import app.nook.audit.AuditRow;
import app.nook.billing.BillingRun;
import app.nook.billing.InvoiceFilter;
import app.nook.billing.InvoiceListing;
import app.nook.billing.InvoiceRow;
import app.nook.billing.Invoices;
import app.nook.contract.BillingPeriod;
import app.nook.contract.ContractFilter;
import app.nook.contract.ContractListing;
import app.nook.contract.ContractRow;
import app.nook.contract.ContractStatus;
import app.nook.contract.Contracts;
import app.nook.contract.NewContract;
import app.nook.contract.Plan;
import app.nook.contract.PlanOverview;
import app.nook.customer.CustomerExport;
import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerListing;
import app.nook.customer.CustomerProfile;
import app.nook.customer.CustomerRow;
import app.nook.customer.CustomerSort;
import app.nook.customer.CustomerView;
import app.nook.customer.Customers;
import app.nook.customer.EmailArchivedException;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.CustomerResult;
import app.nook.customer.lifecycle.LifecycleAction;
import app.nook.customer.lifecycle.LifecycleJob;
import app.nook.customer.lifecycle.LifecycleJobs;
import app.nook.customer.lifecycle.Outcome;
import app.nook.customer.lifecycle.Selection;
import app.nook.customer.lifecycle.UnknownCustomersException;
import app.nook.importing.CustomerImport;
import app.nook.importing.ImportField;
import app.nook.importing.ImportReport;
import app.nook.portal.PortalInvitations;
import app.nook.report.ReportFilter;
import app.nook.report.Reports;
import app.nook.search.GlobalSearch;
import app.nook.search.SearchResults;
import app.nook.staff.Actor;
import app.nook.staff.LocationDeniedException;
import app.nook.staff.Role;
import app.nook.support.IntegrationTest;
import app.nook.system.ConflictException;
import app.nook.system.InvalidInputException;
import app.nook.system.LocationScope;
import app.nook.system.NotFoundException;
import app.nook.system.NotPermittedException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A staff user limited to one location neither sees nor changes the customers of another, nor anything that belongs
 * to them, whichever service is asked; each refusal leaves the other location's records as they were.
 */
abstract class LocationLimitRules extends IntegrationTest {

    @Autowired
    Customers customers;

    @Autowired
    CustomerListing listing;

    @Autowired
    CustomerLifecycle lifecycle;

    @Autowired
    CustomerExport export;

    @Autowired
    LifecycleJobs jobs;

    @Autowired
    GlobalSearch search;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractListing contractListing;

    @Autowired
    Invoices invoices;

    @Autowired
    InvoiceListing invoiceListing;

    @Autowired
    AuditHistory history;

    @Autowired
    Reports reports;

    @Autowired
    CustomerImport imports;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    BillingRun billing;

    @Autowired
    JdbcTemplate jdbc;

    long here;
    long elsewhere;
    long ours;
    long theirs;
    long ourContract;
    long theirContract;
    long theirPlan;
    long theirInvoice;
    Actor manager;

    @BeforeEach
    void twoLocations() {
        here = data.location();
        elsewhere = data.location();
        ours = customers.create(data.profile(here, "Olga Ours", "olga@ours.example", Set.of("vip")), Actor.system());
        theirs = customers.create(
                data.profile(elsewhere, "Theo Theirs", "theo@theirs.example", Set.of("vip")), Actor.system());
        ourContract = data.activeContract(ours, data.plan(here));
        theirPlan = data.plan(elsewhere);
        theirContract = data.activeContract(theirs, theirPlan);
        invoice(ours, here, "INV-OURS-1");
        theirInvoice = invoice(theirs, elsewhere, "INV-THEIRS-1");
        manager = Actor.staff("manager@example.com", Set.of(Role.MANAGER), LocationScope.only(List.of(here)));
    }

    @Test
    void listingsCountsAndSelectionsShowOnlyTheirLocation() {
        CustomerFilter everyone = CustomerFilter.of(CustomerView.ALL);

        List<CustomerRow> rows = listing.page(everyone, CustomerSort.NEWEST, 0, 25, manager.locations())
                .rows();

        assertThat(rows).extracting(CustomerRow::id).containsExactly(ours);
        assertThat(listing.count(everyone, manager.locations())).isEqualTo(1);
        assertThat(listing.ids(everyone, manager.locations())).containsExactly(ours);
        assertThat(listing.idsAmong(everyone, List.of(ours, theirs), manager.locations()))
                .containsExactly(ours);
        var askingForTheOtherLocation = new CustomerFilter(CustomerView.ALL, null, elsewhere, null, null);
        assertThat(listing.count(askingForTheOtherLocation, manager.locations()))
                .isZero();
        assertThat(listing.count(everyone, LocationScope.everywhere())).isEqualTo(2);
    }

    @Test
    void aCustomerElsewhereIsNotFoundAndCannotBeEditedOrMovedOrCreated() {
        assertThatThrownBy(() -> customers.get(theirs, manager.locations())).isInstanceOf(NotFoundException.class);
        assertThat(customers.get(ours, manager.locations()).id()).isEqualTo(ours);

        long version = customers.get(theirs).version();
        CustomerProfile renamed = data.profile(elsewhere, "Renamed", "theo@theirs.example", Set.of());
        assertThatThrownBy(() -> customers.update(theirs, version, renamed, manager))
                .isInstanceOf(NotFoundException.class);
        assertThat(customers.get(theirs).fullName()).isEqualTo("Theo Theirs");

        long ourVersion = customers.get(ours).version();
        CustomerProfile moved = data.profile(elsewhere, "Olga Ours", "olga@ours.example", Set.of());
        assertThatThrownBy(() -> customers.update(ours, ourVersion, moved, manager))
                .isInstanceOf(LocationDeniedException.class);
        assertThat(customers.get(ours).homeLocationId()).isEqualTo(here);

        CustomerProfile newcomer = data.profile(elsewhere, "New Comer", "new@comer.example", Set.of());
        assertThatThrownBy(() -> customers.create(newcomer, manager)).isInstanceOf(LocationDeniedException.class);
        assertThat(data.count("select count(*) from customer where email = 'new@comer.example'"))
                .isZero();
    }

    @Test
    void anEmailTakenElsewhereIsRefusedWithoutNamingItsHolder() {
        lifecycle.archive(Selection.of(theirs), null, Actor.system());
        CustomerProfile sameEmail = data.profile(here, "Copy Cat", "theo@theirs.example", Set.of());

        assertThatThrownBy(() -> customers.create(sameEmail, manager))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("another location")
                .hasMessageNotContaining(Long.toString(theirs))
                .hasMessageNotContaining("Theo")
                .hasMessageNotContaining("archived");
        assertThatThrownBy(() -> customers.create(sameEmail, Actor.system()))
                .isInstanceOf(EmailArchivedException.class)
                .hasMessageContaining("Theo Theirs");
    }

    @Test
    void aRestoreRefusedForAnEmailTakenElsewhereDoesNotNameItsHolder() {
        lifecycle.archive(Selection.of(ours), null, Actor.system());
        long holder = customers.createAlongsideArchived(
                data.profile(elsewhere, "Olga Elsewhere", "olga@ours.example", Set.of()), Actor.system());

        CustomerResult refused =
                lifecycle.restore(Selection.of(ours), manager).results().get(0);

        assertThat(refused.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(refused.reason()).contains("a customer at another location").doesNotContain(Long.toString(holder));
        assertThat(data.customerState(ours).archived()).isTrue();
        assertThat(lifecycle
                        .restore(Selection.of(ours), Actor.system())
                        .results()
                        .get(0)
                        .reason())
                .contains("customer #" + holder);
    }

    @Test
    void anArchiveNamingACustomerElsewhereIsRefusedAsAWholeAndChangesNobody() {
        assertThatThrownBy(() -> lifecycle.archive(Selection.of(List.of(ours, theirs)), null, manager))
                .isInstanceOf(UnknownCustomersException.class)
                .hasMessageContaining(Long.toString(theirs));
        assertThatThrownBy(() -> lifecycle.preview(LifecycleAction.ARCHIVE, Selection.of(theirs), manager))
                .isInstanceOf(UnknownCustomersException.class);

        assertThat(data.customerState(ours).archived()).isFalse();
        assertThat(data.customerState(theirs).archived()).isFalse();
    }

    @Test
    void anArchiveByFilterReachesOnlyTheirLocation() {
        var vip = new CustomerFilter(CustomerView.ALL, null, null, null, "vip");

        var result = lifecycle.archive(Selection.matching(vip), null, manager);

        assertThat(result.results()).extracting(CustomerResult::customerId).containsExactly(ours);
        assertThat(data.customerState(ours).archived()).isTrue();
        assertThat(data.customerState(theirs).archived()).isFalse();
        assertThat(data.contractState(theirContract).status()).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void aBackgroundJobIsVisibleOnlyToWhoStartedItWhenTheyAreLimited() {
        String othersJob = jobs.start(LifecycleAction.SUSPEND, Selection.of(theirs), "unpaid", Actor.system());
        String ownJob = jobs.start(LifecycleAction.SUSPEND, Selection.of(ours), "unpaid", manager);

        assertThat(jobs.find(othersJob, manager)).isEmpty();
        assertThat(jobs.find(ownJob, manager)).isPresent();
        assertThat(jobs.find(othersJob, Actor.system())).isPresent();
        awaitFinished(othersJob, ownJob);
    }

    /** Lets the background jobs write their audit entries before the next test empties the database. */
    private void awaitFinished(String... jobIds) {
        for (String jobId : jobIds) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            jobs.find(jobId, Actor.system()).orElseThrow().status() != LifecycleJob.Status.RUNNING);
        }
    }

    @Test
    void anExportLeavesOutCustomersElsewhere() throws Exception {
        var byIds = new StringWriter();
        export.write(Selection.of(List.of(ours, theirs)), manager, byIds);
        var byFilter = new StringWriter();
        export.write(Selection.matching(CustomerFilter.of(CustomerView.ALL)), manager, byFilter);

        assertThat(byIds.toString()).contains("Olga Ours").doesNotContain("Theo Theirs");
        assertThat(byFilter.toString()).contains("Olga Ours").doesNotContain("Theo Theirs");
    }

    @Test
    void searchFindsNeitherTheCustomersElsewhereNorTheirInvoicesAndContracts() {
        SearchResults people = search.search("the", manager.locations());
        SearchResults numbers = search.search("INV-", manager.locations());

        assertThat(people.customers()).isEmpty();
        assertThat(numbers.invoices()).extracting(hit -> hit.number()).containsExactly("INV-OURS-1");
        assertThat(search.search("the", LocationScope.everywhere()).customers()).hasSize(1);
    }

    @Test
    void contractsElsewhereAreNeitherListedNorReadNorSoldNorCancelled() {
        List<ContractRow> listed = contractListing
                .page(ContractFilter.none(), 1, manager.locations())
                .items();
        assertThat(listed).extracting(ContractRow::id).containsExactly(ourContract);
        assertThat(contractListing.customerOptions("o", manager.locations()))
                .extracting(option -> option.id())
                .containsExactly(ours);
        assertThat(contractListing.customerOption(theirs, manager.locations())).isEmpty();
        assertThat(contractListing.plans(manager.locations()))
                .extracting(PlanOverview::locationId)
                .containsOnly(here);
        assertThat(contracts.plans(manager.locations()))
                .extracting(Plan::locationId)
                .containsOnly(here);
        assertThat(contracts.plans(LocationScope.everywhere()))
                .extracting(Plan::id)
                .contains(theirPlan);

        assertThatThrownBy(() -> contracts.get(theirContract, manager)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contracts.cancel(theirContract, LocalDate.now(), manager))
                .isInstanceOf(NotFoundException.class);
        assertThat(data.contractState(theirContract).status()).isEqualTo(ContractStatus.ACTIVE);

        var toTheirCustomer = new NewContract(theirs, data.plan(here), LocalDate.now(), 1, null, 1, null);
        assertThatThrownBy(() -> contracts.create(toTheirCustomer, manager)).isInstanceOf(InvalidInputException.class);
        var ofTheirPlan = new NewContract(ours, theirPlan, LocalDate.now(), 1, null, 1, null);
        assertThatThrownBy(() -> contracts.create(ofTheirPlan, manager)).isInstanceOf(LocationDeniedException.class);
        assertThatThrownBy(() -> contracts.createPlan(
                        "Theirs", elsewhere, new BigDecimal("10.00"), "EUR", BillingPeriod.MONTHLY, manager))
                .isInstanceOf(LocationDeniedException.class);
        assertThat(data.count("select count(*) from contract")).isEqualTo(2);
    }

    @Test
    void invoicesElsewhereAreNeitherListedNorRead() {
        List<InvoiceRow> listed = invoiceListing
                .page(InvoiceFilter.none(), 1, manager.locations())
                .items();

        assertThat(listed).extracting(InvoiceRow::number).containsExactly("INV-OURS-1");
        assertThatThrownBy(() -> invoices.get(theirInvoice, manager)).isInstanceOf(NotFoundException.class);
        assertThat(invoices.get(theirInvoice, Actor.system()).number()).isEqualTo("INV-THEIRS-1");
    }

    @Test
    void theAuditLogShowsOnlyEntriesAboutTheirCustomers() {
        List<AuditRow> rows =
                history.page(AuditFilter.none(), 1, manager.locations()).items();

        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.customerId()).isEqualTo(ours));
        assertThat(history.page(AuditFilter.none(), 1, LocationScope.everywhere())
                        .items())
                .anySatisfy(row -> assertThat(row.customerId()).isEqualTo(theirs));
    }

    @Test
    void reportsCountOnlyTheirLocationAndRefuseAnother() {
        assertThat(reports.headline(manager.locations()).invoicedThisMonth())
                .isEqualByComparingTo(new BigDecimal("100.00"));
        assertThat(reports.headline(LocationScope.everywhere()).invoicedThisMonth())
                .isEqualByComparingTo(new BigDecimal("200.00"));
        assertThat(reports.membersByPlan(manager.locations())).hasSize(1);
        var months = new ReportFilter(manager.locations(), YearMonth.now().minusMonths(1), YearMonth.now());
        assertThat(reports.invoicedByMonth(months).stream()
                        .mapToLong(m -> m.count())
                        .sum())
                .isEqualTo(1);

        assertThatThrownBy(() -> manager.locations().narrowedTo(elsewhere)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anImportRefusesLinesHomedElsewhereAndCreatesNobody() {
        String csv = """
                full name,email,home location
                Nina New,nina@new.example,%d
                Otto Other,otto@other.example,%d
                Theo Again,theo@theirs.example,%d
                """.formatted(here, elsewhere, here);
        var columns = imports.upload("people.csv", csv.getBytes(StandardCharsets.UTF_8), manager);
        Map<ImportField, Integer> mapping = columns.mapping();

        ImportReport report = imports.apply(columns.uploadId(), mapping, manager);

        assertThat(report.applied()).isFalse();
        assertThat(report.problems())
                .extracting(line -> line.message())
                .containsExactly(
                        "line 3: home location lies outside the locations you work in",
                        "line 4: email belongs to a customer at another location — not changed");
        assertThat(data.count(
                        "select count(*) from customer where email in ('nina@new.example', 'otto@other.example')"))
                .isZero();
    }

    @Test
    void portalInvitationsAndTheBillingRunStayWithinReach() {
        data.portalAccount(theirs, true);

        assertThatThrownBy(() -> invitations.create(theirs, manager)).isInstanceOf(NotFoundException.class);
        assertThat(data.count("select count(*) from portal_invitation")).isZero();
        assertThatThrownBy(() -> billing.run(LocalDate.now(), manager)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> billing.recent(20, manager)).isInstanceOf(NotPermittedException.class);
    }

    private long invoice(long customerId, long locationId, String number) {
        LocalDate today = LocalDate.now();
        jdbc.update(
                """
                insert into invoice (number, customer_id, location_id, issued_on, due_on, period_start, period_end,
                    currency, total, status)
                values (?, ?, ?, ?, ?, ?, ?, 'EUR', 100.00, 'OPEN')""",
                number,
                customerId,
                locationId,
                Date.valueOf(today),
                Date.valueOf(today.plusDays(14)),
                Date.valueOf(today),
                Date.valueOf(today.plusMonths(1).minusDays(1)));
        return jdbc.queryForObject("select id from invoice where number = ?", Long.class, number);
    }
}
