package app.nook.customer.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.contract.ContractStatus;
import app.nook.contract.Renewals;
import app.nook.staff.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Restoring gives back exactly what the archive took, and nothing more. */
abstract class RestoreRules extends LifecycleTest {

    static final Actor ADMIN = Actor.system();

    @Test
    void restoreLiftsASuspensionThatTheArchiveAdded() {
        long customer = data.customer(location);
        lifecycle.archive(Selection.of(customer), null, ADMIN);

        LifecycleResult result = lifecycle.restore(Selection.of(customer), ADMIN);

        assertThat(result.of(customer)).contains(CustomerResult.done(customer));
        var state = data.customerState(customer);
        assertThat(state.archived()).isFalse();
        assertThat(state.suspended()).isFalse();
        assertThat(state.archivedBy()).isNull();
        assertThat(state.archiveReason()).isNull();
    }

    @Test
    void restoreKeepsASuspensionThatExistedBeforeTheArchive() {
        long customer = data.customer(location);
        lifecycle.suspend(Selection.of(customer), "Unpaid", ADMIN);
        lifecycle.archive(Selection.of(customer), null, ADMIN);

        lifecycle.restore(Selection.of(customer), ADMIN);

        assertThat(data.customerState(customer).suspended()).isTrue();
    }

    @Test
    void portalAccessReturnsOnlyToThoseWhoHadIt() {
        long withAccess = data.customer(location);
        long revoked = data.customer(location);
        long never = data.customer(location);
        data.portalAccount(withAccess, true);
        data.portalAccount(revoked, false);
        lifecycle.archive(Selection.of(List.of(withAccess, revoked, never)), null, ADMIN);

        lifecycle.restore(Selection.of(List.of(withAccess, revoked, never)), ADMIN);

        assertThat(data.customerState(withAccess).portalEnabled()).isTrue();
        assertThat(data.customerState(revoked).portalEnabled()).isFalse();
        assertThat(data.customerState(never).portalEnabled()).isNull();
        assertThat(data.count(
                        "select count(*) from portal_account where customer_id = ? and password_hash = ?",
                        withAccess,
                        "{noop}secret"))
                .as("the same credentials come back")
                .isEqualTo(1);
    }

    @Test
    void oldSessionsStayRevokedAfterARestore() {
        long customer = data.customer(location);
        data.portalAccount(customer, true);
        String session = data.portalSession(customer);
        lifecycle.archive(Selection.of(customer), null, ADMIN);

        lifecycle.restore(Selection.of(customer), ADMIN);

        assertThat(data.sessionExists(session)).isFalse();
    }

    @Test
    void contractsAlreadySuspendedBeforeTheArchiveStaySuspended() {
        long customer = data.customer(location);
        long suspendedBefore = data.activeContract(customer, plan);
        data.setContractStatus(suspendedBefore, ContractStatus.SUSPENDED);
        long active = data.activeContract(customer, plan);
        lifecycle.archive(Selection.of(customer), null, ADMIN);

        lifecycle.restore(Selection.of(customer), ADMIN);

        assertThat(data.contractState(suspendedBefore).status()).isEqualTo(ContractStatus.SUSPENDED);
        assertThat(data.contractState(active).status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(data.contractState(active).suspendedByArchive()).isFalse();
    }

    @Test
    void aContractWhoseEndDatePassedWhileArchivedIsNotResumed() {
        long customer = data.customer(location);
        LocalDate today = LocalDate.now();
        long endedMeanwhile = data.contract(customer, plan, today.minusMonths(6), 5, today.minusDays(1));
        long endsToday = data.contract(customer, plan, today.minusMonths(6), 5, today);
        lifecycle.archive(Selection.of(customer), null, ADMIN);

        lifecycle.restore(Selection.of(customer), ADMIN);

        assertThat(data.contractState(endedMeanwhile).status()).isEqualTo(ContractStatus.ENDED);
        assertThat(data.contractState(endedMeanwhile).suspendedByArchive()).isFalse();
        assertThat(data.contractState(endsToday).status()).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void resumedContractsRenewFromTheRestoreDateWithoutBackBilling() {
        long customer = data.customer(location);
        long contract = data.contract(customer, plan, LocalDate.now().minusMonths(8), 17, null);
        data.setNextRenewal(contract, LocalDate.now().minusMonths(3));
        lifecycle.archive(Selection.of(customer), null, ADMIN);

        lifecycle.restore(Selection.of(customer), ADMIN);

        LocalDate expected = Renewals.nextOnOrAfter(LocalDate.now(), 17);
        assertThat(data.contractState(contract).nextRenewal()).isEqualTo(expected);
        assertThat(data.contractState(contract).nextRenewal()).isAfterOrEqualTo(LocalDate.now());
    }

    @Test
    void aRenewalDueBeforeTheArchiveIsStillOwedAfterAQuickRestore() {
        long customer = data.customer(location);
        LocalDate due = LocalDate.now().minusDays(2);
        long contract = data.contract(customer, plan, due.minusMonths(3), Math.min(due.getDayOfMonth(), 28), null);
        data.setNextRenewal(contract, due);
        lifecycle.archive(Selection.of(customer), null, ADMIN);

        lifecycle.restore(Selection.of(customer), ADMIN);

        assertThat(data.contractState(contract).nextRenewal()).isEqualTo(due);
    }

    @Test
    void restoringACustomerWhoIsNotArchivedIsSkipped() {
        long customer = data.customer(location);
        long version = data.customerState(customer).version();

        LifecycleResult result = lifecycle.restore(Selection.of(customer), ADMIN);

        assertThat(result.of(customer)).contains(CustomerResult.skipped(customer, "not archived"));
        assertThat(data.customerState(customer).version()).isEqualTo(version);
        assertThat(data.auditEntries(customer, "CUSTOMER_RESTORED")).isZero();
    }

    @Test
    void restoreIsRefusedWhenTheEmailNowBelongsToAnotherCustomer() {
        long archived = data.customer(location, "ada@example.com");
        long contract = data.activeContract(archived, plan);
        lifecycle.archive(Selection.of(archived), null, ADMIN);
        long newcomer = customers.createAlongsideArchived(
                data.profile(location, "Ada Newcomer", "Ada@Example.com", Set.of()), ADMIN);

        LifecycleResult result = lifecycle.restore(Selection.of(archived), ADMIN);

        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.of(archived).orElseThrow().reason()).contains("#" + newcomer);
        assertThat(data.customerState(archived).archived()).isTrue();
        assertThat(data.contractState(contract).status()).isEqualTo(ContractStatus.SUSPENDED);
        assertThat(data.auditEntries(archived, "CUSTOMER_RESTORED")).isZero();
    }

    @Test
    void twoArchivedCustomersWithOneEmailCannotBothComeBack() {
        long first = data.customer(location, "twin@example.com");
        lifecycle.archive(Selection.of(first), null, ADMIN);
        long second =
                customers.createAlongsideArchived(data.profile(location, "Twin", "twin@example.com", Set.of()), ADMIN);
        lifecycle.archive(Selection.of(second), null, ADMIN);

        LifecycleResult result = lifecycle.restore(Selection.of(List.of(first, second)), ADMIN);

        assertThat(result.done()).isEqualTo(1);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(data.count("select count(*) from customer where archived_at is null"))
                .isEqualTo(1);
    }

    @Test
    void restoreWritesOneAuditEntry() {
        long customer = data.customer(location);
        lifecycle.archive(Selection.of(customer), null, ADMIN);

        lifecycle.restore(Selection.of(customer), ADMIN);
        lifecycle.restore(Selection.of(customer), ADMIN);

        assertThat(data.auditEntries(customer, "CUSTOMER_RESTORED")).isEqualTo(1);
    }
}
