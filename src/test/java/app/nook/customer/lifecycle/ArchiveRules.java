package app.nook.customer.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.contract.ContractStatus;
import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerListing;
import app.nook.customer.CustomerView;
import app.nook.staff.Actor;
import app.nook.staff.Role;
import app.nook.system.LocationScope;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Archiving, by the rules of the product: suspended, locked out, contracts suspended, hidden, nothing lost. */
@RecordApplicationEvents
abstract class ArchiveRules extends LifecycleTest {

    static final Actor MANAGER = Actor.staff("manager@example.com", Set.of(Role.MANAGER));

    @Autowired
    CustomerListing listing;

    @Autowired
    ApplicationEvents events;

    @Test
    void archivingRecordsWhenWhoAndWhyAndSuspendsTheAccount() {
        long customer = data.customer(location);

        LifecycleResult result = lifecycle.archive(Selection.of(customer), "Moved away", MANAGER);

        assertThat(result.of(customer)).contains(CustomerResult.done(customer));
        var state = data.customerState(customer);
        assertThat(state.archived()).isTrue();
        assertThat(state.suspended()).isTrue();
        assertThat(state.archivedBy()).isEqualTo("manager@example.com");
        assertThat(state.archiveReason()).isEqualTo("Moved away");
    }

    @Test
    void archivingSuspendsActiveContractsAndOnlyThose() {
        long customer = data.customer(location);
        long active = data.activeContract(customer, plan);
        long suspendedBefore = data.activeContract(customer, plan);
        long cancelled = data.activeContract(customer, plan);
        long ended = data.activeContract(customer, plan);
        data.setContractStatus(suspendedBefore, ContractStatus.SUSPENDED);
        data.setContractStatus(cancelled, ContractStatus.CANCELLED);
        data.setContractStatus(ended, ContractStatus.ENDED);

        lifecycle.archive(Selection.of(customer), null, MANAGER);

        assertThat(data.contractState(active).status()).isEqualTo(ContractStatus.SUSPENDED);
        assertThat(data.contractState(active).suspendedByArchive()).isTrue();
        assertThat(data.contractState(suspendedBefore).suspendedByArchive()).isFalse();
        assertThat(data.contractState(cancelled).status()).isEqualTo(ContractStatus.CANCELLED);
        assertThat(data.contractState(ended).status()).isEqualTo(ContractStatus.ENDED);
    }

    @Test
    void archivingTakesPortalAccessAndEndsSessionsAndTokensAtOnce() {
        long customer = data.customer(location);
        data.portalAccount(customer, true);
        String session = data.portalSession(customer);
        long token = data.apiToken(customer);
        long bystander = data.customer(location);
        String bystanderSession = data.portalSession(bystander);

        lifecycle.archive(Selection.of(customer), null, MANAGER);

        assertThat(data.customerState(customer).portalEnabled()).isFalse();
        assertThat(data.sessionExists(session)).isFalse();
        assertThat(data.count("select count(*) from spring_session where principal_name = ?", "customer:" + customer))
                .isZero();
        assertThat(data.tokenRevoked(token)).isTrue();
        assertThat(data.sessionExists(bystanderSession)).isTrue();
    }

    @Test
    void archivedCustomersLeaveListingsButStillLoadById() {
        long kept = data.customer(location);
        long archived = data.customer(location);
        data.activeContract(archived, plan);

        lifecycle.archive(Selection.of(archived), null, MANAGER);

        assertThat(listing.ids(CustomerFilter.of(CustomerView.ACTIVE), LocationScope.everywhere()))
                .containsExactly(kept);
        assertThat(listing.count(CustomerFilter.of(CustomerView.MEMBERS), LocationScope.everywhere()))
                .isZero();
        assertThat(listing.count(CustomerFilter.of(CustomerView.SUSPENDED), LocationScope.everywhere()))
                .isZero();
        assertThat(listing.ids(CustomerFilter.of(CustomerView.ARCHIVED), LocationScope.everywhere()))
                .containsExactly(archived);
        assertThat(listing.ids(CustomerFilter.of(CustomerView.ALL), LocationScope.everywhere()))
                .containsExactly(kept, archived);
        assertThat(customers.get(archived).archived()).isTrue();
    }

    @Test
    void archivingKeepsContractsAndWritesOneAuditEntry() {
        long customer = data.customer(location);
        long contract = data.activeContract(customer, plan);

        lifecycle.archive(Selection.of(customer), "Closed", MANAGER);

        assertThat(data.contractState(contract)).isNotNull();
        assertThat(data.auditEntries(customer, "CUSTOMER_ARCHIVED")).isEqualTo(1);
    }

    @Test
    void archivingAnArchivedCustomerIsSkippedAndChangesNothing() {
        long customer = data.customer(location);
        lifecycle.archive(Selection.of(customer), "First", MANAGER);
        long version = data.customerState(customer).version();

        LifecycleResult again = lifecycle.archive(Selection.of(customer), "Second", MANAGER);

        assertThat(again.of(customer)).contains(CustomerResult.skipped(customer, "already archived"));
        assertThat(data.customerState(customer).archiveReason()).isEqualTo("First");
        assertThat(data.customerState(customer).version()).isEqualTo(version);
        assertThat(data.auditEntries(customer, "CUSTOMER_ARCHIVED")).isEqualTo(1);
    }

    @Test
    void archivingPublishesOneEventWithTheChangedCustomersAndContracts() {
        long customer = data.customer(location);
        long contract = data.activeContract(customer, plan);
        long alreadyArchived = data.customer(location);
        lifecycle.archive(Selection.of(alreadyArchived), null, MANAGER);
        events.clear();

        lifecycle.archive(Selection.of(java.util.List.of(customer, alreadyArchived)), null, MANAGER);

        var published = events.stream(CustomerLifecycleEvent.class).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).customerIds()).containsExactly(customer);
        assertThat(published.get(0).contracts()).extracting(c -> c.contractId()).containsExactly(contract);
        assertThat(published.get(0).action()).isEqualTo(LifecycleAction.ARCHIVE);
    }

    @Test
    void anArchivedCustomerCannotBeSoldANewContract() {
        long customer = data.customer(location);
        lifecycle.archive(Selection.of(customer), null, MANAGER);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> data.contract(customer, plan, LocalDate.now(), 1, null))
                .hasMessageContaining("not archived");
    }
}
