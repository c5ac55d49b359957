package app.nook.customer.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.staff.Actor;
import app.nook.support.OnPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A network-sized bulk archive on PostgreSQL: 10,000 customers, each archived whole, each audited once. */
@OnPostgres
class BulkArchivePostgresIntegrationTests extends LifecycleTest {

    @Test
    void archivingTenThousandCustomersLeavesOneAuditEntryEachAndSuspendsEveryContract() {
        List<Long> ids = data.manyMembers(location, plan, 10_000);

        LifecycleResult archived = lifecycle.archive(Selection.of(ids), "Network clean-up", Actor.system());

        assertThat(archived.done()).isEqualTo(10_000);
        assertThat(data.count("select count(*) from customer where archived_at is not null"))
                .isEqualTo(10_000);
        assertThat(data.count("select count(*) from audit_entry where action = 'CUSTOMER_ARCHIVED'"))
                .isEqualTo(10_000);
        assertThat(data.count("select count(distinct customer_id) from audit_entry"))
                .isEqualTo(10_000);
        assertThat(data.count("select count(*) from contract where suspended_by_archive"))
                .isEqualTo(10_000);

        LifecycleResult restored = lifecycle.restore(Selection.of(ids), Actor.system());

        assertThat(restored.done()).isEqualTo(10_000);
        assertThat(data.count("select count(*) from contract where status = 'ACTIVE'"))
                .isEqualTo(10_000);
        assertThat(data.count("select count(*) from live_customer")).isEqualTo(10_000);
    }
}
