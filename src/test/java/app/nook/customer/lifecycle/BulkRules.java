package app.nook.customer.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerListing;
import app.nook.customer.CustomerView;
import app.nook.staff.Actor;
import app.nook.staff.PermissionDeniedException;
import app.nook.staff.Role;
import app.nook.system.LocationScope;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Many customers at once: by ids or by filter, in chunks, refused as a whole when the request is wrong. */
abstract class BulkRules extends LifecycleTest {

    @Autowired
    LifecycleJobs jobs;

    @Autowired
    CustomerListing listing;

    @Test
    void aFilterArchivesExactlyTheMatchingCustomers() {
        long otherLocation = data.location();
        long tagged =
                customers.create(data.profile(location, "Tagged", "t1@example.com", Set.of("startup")), Actor.system());
        long taggedElsewhere = customers.create(
                data.profile(otherLocation, "Elsewhere", "t2@example.com", Set.of("startup")), Actor.system());
        long untagged = data.customer(location);
        var filter = new CustomerFilter(CustomerView.ACTIVE, null, location, null, "startup");

        LifecycleResult result = lifecycle.archive(Selection.matching(filter), null, Actor.system());

        assertThat(result.results()).extracting(CustomerResult::customerId).containsExactly(tagged);
        assertThat(data.customerState(tagged).archived()).isTrue();
        assertThat(data.customerState(taggedElsewhere).archived()).isFalse();
        assertThat(data.customerState(untagged).archived()).isFalse();
    }

    @Test
    void searchTermsAreTakenLiterallyWhateverCharactersTheyHold() {
        long percent = customers.create(
                data.profile(location, "Hundred Percent", "100%_off@example.com", Set.of()), Actor.system());
        data.customer(location, "1000off@example.com");

        var literal = new CustomerFilter(CustomerView.ACTIVE, "100%_", null, null, null);
        var control = new CustomerFilter(CustomerView.ACTIVE, "100\u0000%", null, null, null);

        assertThat(listing.ids(literal, LocationScope.everywhere())).containsExactly(percent);
        assertThat(listing.ids(control, LocationScope.everywhere())).containsExactly(percent);
    }

    @Test
    void aFilterThatMatchesNobodyIsRefused() {
        data.customer(location);
        var filter = new CustomerFilter(CustomerView.ACTIVE, "nobody-has-this-name", null, null, null);

        assertThatThrownBy(() -> lifecycle.archive(Selection.matching(filter), null, Actor.system()))
                .isInstanceOf(EmptySelectionException.class)
                .hasMessageContaining("No customer matches");
    }

    @Test
    void unknownIdsAreRefusedAndNothingChanges() {
        long known = data.customer(location);

        assertThatThrownBy(() -> lifecycle.archive(Selection.of(List.of(known, 999_999L)), null, Actor.system()))
                .isInstanceOfSatisfying(
                        UnknownCustomersException.class,
                        e -> assertThat(e.unknownIds()).containsExactly(999_999L));
        assertThat(data.customerState(known).archived()).isFalse();
    }

    @Test
    void anActorWithoutThePermissionChangesNothing() {
        long customer = data.customer(location);
        Actor frontDesk = Actor.staff("desk@example.com", Set.of(Role.FRONT_DESK));

        assertThatThrownBy(() -> lifecycle.archive(Selection.of(customer), null, frontDesk))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(data.customerState(customer).archived()).isFalse();
    }

    @Test
    void aReasonLongerThanAllowedIsRefused() {
        long customer = data.customer(location);

        assertThatThrownBy(() -> lifecycle.archive(Selection.of(customer), "x".repeat(501), Actor.system()))
                .hasMessageContaining("500");
        assertThat(data.customerState(customer).archived()).isFalse();
    }

    @Test
    void aFailureInsideAChunkLeavesThatCustomerUntouchedAndTheOthersFullyArchived() {
        List<Long> ids = data.manyMembers(location, plan, 2500);
        long poisoned = ids.get(1500);
        data.poison(poisoned);

        LifecycleResult result = lifecycle.archive(Selection.of(ids), "Bulk", Actor.system());

        assertThat(result.done()).isEqualTo(2499);
        assertThat(result.of(poisoned).orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(data.customerState(poisoned).archived()).isFalse();
        assertThat(data.customerState(poisoned).suspended()).isFalse();
        assertThat(data.count("select count(*) from contract where customer_id = ? and status = 'ACTIVE'", poisoned))
                .isEqualTo(1);
        assertThat(data.count("select count(*) from audit_entry where customer_id = ?", poisoned))
                .isZero();
        assertEveryCustomerIsWhollyArchivedOrUntouched();
    }

    @Test
    void repeatingAnInterruptedArchiveFinishesTheRest() {
        List<Long> ids = data.manyMembers(location, plan, 1200);
        data.poison(ids.get(5));
        lifecycle.archive(Selection.of(ids), null, Actor.system());
        data.clearPoison();

        LifecycleResult again = lifecycle.archive(Selection.of(ids), null, Actor.system());

        assertThat(again.done()).isEqualTo(1);
        assertThat(again.skipped()).isEqualTo(1199);
        assertThat(data.count("select count(*) from customer where archived_at is null"))
                .isZero();
        assertThat(data.count("select count(*) from audit_entry where action = 'CUSTOMER_ARCHIVED'"))
                .isEqualTo(1200);
    }

    @Test
    void aBackgroundJobReportsProgressAndResults() {
        List<Long> ids = data.manyMembers(location, plan, 1500);
        lifecycle.archive(Selection.of(ids.subList(0, 10)), null, Actor.system());

        String job = jobs.start(LifecycleAction.ARCHIVE, Selection.of(ids), "Job", Actor.system());

        await().atMost(Duration.ofSeconds(60))
                .until(() -> jobs.find(job, Actor.system()).orElseThrow().status() != LifecycleJob.Status.RUNNING);
        LifecycleJob finished = jobs.find(job, Actor.system()).orElseThrow();
        assertThat(finished.status()).isEqualTo(LifecycleJob.Status.DONE);
        assertThat(finished.processed()).isEqualTo(1500);
        assertThat(finished.done()).isEqualTo(1490);
        assertThat(finished.skipped()).isEqualTo(10);
        assertThat(finished.percent()).isEqualTo(100);
        assertThat(finished.problems())
                .hasSize(10)
                .allSatisfy(p -> assertThat(p.reason()).isEqualTo("already archived"));
    }

    @Test
    void concurrentArchiveAndRestoreOfOneCustomerEndInOneConsistentState() throws Exception {
        long customer = data.customer(location);
        data.activeContract(customer, plan);

        for (int round = 0; round < 15; round++) {
            var archive = new Thread(() -> lifecycle.archive(Selection.of(customer), null, Actor.system()));
            var restore = new Thread(() -> lifecycle.restore(Selection.of(customer), Actor.system()));
            archive.start();
            restore.start();
            archive.join();
            restore.join();

            assertEveryCustomerIsWhollyArchivedOrUntouched();
        }
        int archives = data.auditEntries(customer, "CUSTOMER_ARCHIVED");
        int restores = data.auditEntries(customer, "CUSTOMER_RESTORED");
        boolean archived = data.customerState(customer).archived();
        assertThat(archives - restores).isEqualTo(archived ? 1 : 0);
        assertThat(restores).as("restores that went through").isPositive();
    }

    private void assertEveryCustomerIsWhollyArchivedOrUntouched() {
        assertThat(data.count("""
                        select count(*) from customer c join contract k on k.customer_id = c.id
                        where (c.archived_at is not null and k.status = 'ACTIVE')
                           or (c.archived_at is null and k.suspended_by_archive)"""))
                .as("contracts out of step with their customer")
                .isZero();
        assertThat(data.count("select count(*) from customer where archived_at is not null and not suspended"))
                .as("archived customers who are not suspended")
                .isZero();
        assertThat(data.count("""
                        select count(*) from customer c
                        where (case when c.archived_at is null then 0 else 1 end)
                            <> (select count(*) from audit_entry a
                                where a.customer_id = c.id and a.action = 'CUSTOMER_ARCHIVED')
                             - (select count(*) from audit_entry a
                                where a.customer_id = c.id and a.action = 'CUSTOMER_RESTORED')"""))
                .as("customers whose audit trail disagrees with their state")
                .isZero();
    }
}
