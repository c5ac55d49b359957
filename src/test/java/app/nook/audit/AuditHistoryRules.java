package app.nook.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.support.IntegrationTest;
import app.nook.system.LocationScope;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log lists history newest first, archived customers included, filtered by actor, action, customer, date. */
abstract class AuditHistoryRules extends IntegrationTest {

    static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    @Autowired
    AuditHistory history;

    @Autowired
    CustomerLifecycle lifecycle;

    @Autowired
    JdbcTemplate jdbc;

    long location;
    long ada;
    long bob;

    @BeforeEach
    void setUpCustomersWithoutHistory() {
        location = data.location();
        ada = data.customer(location);
        bob = data.customer(location);
        jdbc.update("delete from audit_entry");
    }

    @Test
    void entriesAreFilteredByExactActor() {
        long byStaff = entry("staff@example.com", AuditAction.CUSTOMER_UPDATED, ada, DAY);
        long bySystem = entry("system", AuditAction.CUSTOMER_UPDATED, ada, DAY);
        entry("staff@example.com.evil", AuditAction.CUSTOMER_UPDATED, ada, DAY);

        assertThat(ids(new AuditFilter("staff@example.com", null, null, null, null)))
                .containsExactly(byStaff);
        assertThat(ids(new AuditFilter("system", null, null, null, null))).containsExactly(bySystem);
        assertThat(ids(new AuditFilter("staff@%", null, null, null, null))).isEmpty();
    }

    @Test
    void entriesAreFilteredByActionAndCustomer() {
        long adaSuspended = entry("system", AuditAction.CUSTOMER_SUSPENDED, ada, DAY);
        entry("system", AuditAction.CUSTOMER_UPDATED, ada, DAY);
        entry("system", AuditAction.CUSTOMER_SUSPENDED, bob, DAY);

        var filter = new AuditFilter(null, AuditAction.CUSTOMER_SUSPENDED, ada, null, null);

        assertThat(ids(filter)).containsExactly(adaSuspended);
    }

    @Test
    void aDateRangeIncludesBothOfItsDays() {
        entry("system", AuditAction.CUSTOMER_UPDATED, ada, DAY.minusDays(1));
        long first = entry("system", AuditAction.CUSTOMER_UPDATED, ada, DAY);
        long last = entry("system", AuditAction.CUSTOMER_UPDATED, ada, DAY.plusDays(2));
        entry("system", AuditAction.CUSTOMER_UPDATED, ada, DAY.plusDays(3));

        var filter = new AuditFilter(null, null, null, DAY, DAY.plusDays(2));

        assertThat(ids(filter)).containsExactly(last, first);
    }

    @Test
    void entriesOfArchivedCustomersStayListedWithoutTheirName() {
        lifecycle.archive(Selection.of(bob), "Moved away", Actor.system());

        var rows = history.page(
                new AuditFilter(null, AuditAction.CUSTOMER_ARCHIVED, null, null, null), 1, LocationScope.everywhere());

        assertThat(rows.items()).singleElement().satisfies(row -> {
            assertThat(row.customerId()).isEqualTo(bob);
            assertThat(row.customerName()).isNull();
            assertThat(row.reason()).isEqualTo("Moved away");
        });
        assertThat(history.page(new AuditFilter(null, null, ada, null, null), 1, LocationScope.everywhere())
                        .items())
                .isEmpty();
    }

    @Test
    void entriesOfLiveCustomersCarryTheirNameNewestFirst() {
        long older = entry("system", AuditAction.CUSTOMER_UPDATED, ada, DAY);
        long newer = entry("system", AuditAction.CUSTOMER_UPDATED, ada, DAY.plusDays(1));

        var rows =
                history.page(AuditFilter.none(), 1, LocationScope.everywhere()).items();

        assertThat(rows).extracting(AuditRow::id).containsExactly(newer, older);
        assertThat(rows.get(0).customerName()).startsWith("Customer ");
    }

    private long entry(String actor, AuditAction action, long customerId, LocalDate day) {
        Timestamp at =
                Timestamp.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
        jdbc.update(
                "insert into audit_entry (occurred_at, actor, action, customer_id) values (?, ?, ?, ?)",
                at,
                actor,
                action.name(),
                customerId);
        return jdbc.queryForObject("select max(id) from audit_entry", Long.class);
    }

    private List<Long> ids(AuditFilter filter) {
        return history.page(filter, 1, LocationScope.everywhere()).items().stream()
                .map(AuditRow::id)
                .toList();
    }
}
