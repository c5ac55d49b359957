package app.nook.support;

import app.nook.contract.BillingPeriod;
import app.nook.contract.ContractStatus;
import app.nook.contract.Contracts;
import app.nook.contract.NewContract;
import app.nook.customer.CustomerKind;
import app.nook.customer.CustomerProfile;
import app.nook.customer.Customers;
import app.nook.customer.PortalPrincipal;
import app.nook.customer.lifecycle.CustomerLifecycleEvent;
import app.nook.location.Locations;
import app.nook.staff.Actor;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds the records a test reasons about, and reads back their state straight from the database. */
@TestComponent
public class TestData {

    private static final List<String> TABLES = List.of(
            "webhook_attempt",
            "webhook_delivery",
            "webhook_endpoint",
            "import_upload",
            "audit_entry",
            "billing_run",
            "lifecycle_job_item",
            "lifecycle_job",
            "spring_session_attributes",
            "spring_session",
            "api_token",
            "portal_account",
            "customer_tag",
            "invoice_line",
            "invoice",
            "check_in",
            "customer_file",
            "contract",
            "plan",
            "customer",
            "staff_location",
            "staff_role",
            "staff_user",
            "location");

    private final AtomicInteger sequence = new AtomicInteger();
    private final Set<Long> poisoned = ConcurrentHashMap.newKeySet();
    private final JdbcTemplate jdbc;
    private final Locations locations;
    private final Customers customers;
    private final Contracts contracts;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final TransactionTemplate transactions;

    TestData(
            JdbcTemplate jdbc,
            Locations locations,
            Customers customers,
            Contracts contracts,
            FindByIndexNameSessionRepository<? extends Session> sessions,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.locations = locations;
        this.customers = customers;
        this.contracts = contracts;
        this.sessions = sessions;
        this.transactions = transactions;
    }

    public void deleteEverything() {
        poisoned.clear();
        TABLES.forEach(table -> jdbc.update("delete from " + table));
    }

    public Customers customers() {
        return customers;
    }

    public long location() {
        return locations
                .create("Location " + next(), "Berlin", "Street 1", "Europe/Berlin")
                .id();
    }

    public long plan(long locationId) {
        return contracts
                .createPlan(
                        "Plan " + next(),
                        locationId,
                        new BigDecimal("200.00"),
                        "EUR",
                        BillingPeriod.MONTHLY,
                        Actor.system())
                .id();
    }

    public long customer(long locationId) {
        return customer(locationId, "customer" + next() + "@example.com");
    }

    public long customer(long locationId, String email) {
        return customers.create(profile(locationId, "Customer " + next(), email, Set.of()), Actor.system());
    }

    public CustomerProfile profile(long locationId, String name, String email, Set<String> tags) {
        return new CustomerProfile(
                CustomerKind.INDIVIDUAL,
                name,
                email,
                "+49 30 123456",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                locationId,
                tags);
    }

    public long contract(long customerId, long planId, LocalDate start, int billingDay, LocalDate end) {
        return contracts.create(new NewContract(customerId, planId, start, billingDay, null, 1, end), Actor.system());
    }

    public long activeContract(long customerId, long planId) {
        return contract(customerId, planId, LocalDate.now().minusMonths(2), 1, null);
    }

    /** Puts a contract into a status by hand, as if some earlier event had done it. */
    public void setContractStatus(long contractId, ContractStatus status) {
        jdbc.update("update contract set status = ? where id = ?", status.name(), contractId);
    }

    public void setNextRenewal(long contractId, LocalDate date) {
        jdbc.update("update contract set next_renewal_date = ? where id = ?", Date.valueOf(date), contractId);
    }

    /** A portal account with a password hash, enabled or not. */
    public void portalAccount(long customerId, boolean enabled) {
        jdbc.update(
                "insert into portal_account (customer_id, password_hash, enabled) values (?, ?, ?)",
                customerId,
                "{noop}secret",
                enabled);
    }

    /** Stores a real Spring Session signed in as the customer, as the portal would; answers its id. */
    public String portalSession(long customerId) {
        return transactions.execute(tx -> saveSession(sessions, PortalPrincipal.nameOf(customerId)));
    }

    private static <S extends Session> String saveSession(FindByIndexNameSessionRepository<S> repository, String name) {
        S session = repository.createSession();
        var authentication = new UsernamePasswordAuthenticationToken(
                name, null, AuthorityUtils.createAuthorityList("ROLE_CUSTOMER"));
        session.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(authentication));
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, name);
        repository.save(session);
        return session.getId();
    }

    public boolean sessionExists(String sessionId) {
        return transactions.execute(tx -> sessions.findById(sessionId) != null);
    }

    public long apiToken(long customerId) {
        jdbc.update(
                "insert into api_token (name, token_hash, scopes, customer_id) values (?, ?, ?, ?)",
                "token",
                UUID.randomUUID().toString().replace("-", ""),
                "read",
                customerId);
        return jdbc.queryForObject("select max(id) from api_token", Long.class);
    }

    public boolean tokenRevoked(long tokenId) {
        return jdbc.queryForObject("select revoked_at from api_token where id = ?", Timestamp.class, tokenId) != null;
    }

    public CustomerState customerState(long id) {
        return jdbc.queryForObject(
                """
                        select c.suspended, c.archived_at, c.archived_by, c.archive_reason, c.version,
                            (select a.enabled from portal_account a where a.customer_id = c.id) as portal
                        from customer c where c.id = ?""",
                (rs, row) -> new CustomerState(
                        rs.getBoolean("suspended"),
                        rs.getTimestamp("archived_at") != null,
                        rs.getString("archived_by"),
                        rs.getString("archive_reason"),
                        rs.getLong("version"),
                        (Boolean) rs.getObject("portal")),
                id);
    }

    public ContractState contractState(long id) {
        return jdbc.queryForObject(
                "select status, suspended_by_archive, next_renewal_date from contract where id = ?",
                (rs, row) -> new ContractState(
                        ContractStatus.valueOf(rs.getString(1)),
                        rs.getBoolean(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()),
                id);
    }

    public int auditEntries(long customerId, String action) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where customer_id = ? and action = ?",
                Integer.class,
                customerId,
                action);
    }

    public String storedFileName(long fileId) {
        return jdbc.queryForObject("select stored_name from customer_file where id = ?", String.class, fileId);
    }

    public int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    /** Inserts many customers at once, each with one active contract; answers their ids in ascending order. */
    public List<Long> manyMembers(long locationId, long planId, int count) {
        String batch = "bulk" + next() + "-";
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String email = batch + i + "@example.com";
            rows.add(new Object[] {"Bulk Customer " + i, email, email, locationId});
        }
        jdbc.batchUpdate("""
                insert into customer (kind, full_name, email, live_email, home_location_id, registered_on)
                values ('INDIVIDUAL', ?, ?, ?, ?, current_date)""", rows);
        List<Long> ids =
                jdbc.queryForList("select id from customer where email like ? order by id", Long.class, batch + "%");
        jdbc.update("""
                insert into contract (number, customer_id, plan_id, status, start_date, billing_day,
                    next_renewal_date, price, quantity)
                select concat('B-', cast(id as varchar(20))), id, ?, 'ACTIVE', current_date, 1, current_date, 100, 1
                from customer where email like ?""", planId, batch + "%");
        return ids;
    }

    /** Makes every lifecycle change that includes this customer fail inside its transaction, as a crash would. */
    public void poison(long customerId) {
        poisoned.add(customerId);
    }

    public void clearPoison() {
        poisoned.clear();
    }

    @EventListener
    void failOnPoisonedCustomers(CustomerLifecycleEvent event) {
        event.customerIds().stream().filter(poisoned::contains).findFirst().ifPresent(id -> {
            throw new IllegalStateException("Simulated failure while changing customer " + id);
        });
    }

    private int next() {
        return sequence.incrementAndGet();
    }

    /** A customer's lifecycle state as stored. */
    public record CustomerState(
            boolean suspended,
            boolean archived,
            String archivedBy,
            String archiveReason,
            long version,
            Boolean portalEnabled) {}

    /** A contract's lifecycle state as stored. */
    public record ContractState(ContractStatus status, boolean suspendedByArchive, LocalDate nextRenewal) {}
}
