package app.nook.customer.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nook.file.CustomerFiles;
import app.nook.staff.Actor;
import app.nook.staff.PermissionDeniedException;
import app.nook.staff.Role;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Suspension, portal access and erasure, through the same engine. */
abstract class OtherActionRules extends LifecycleTest {

    static final Actor ADMIN = Actor.system();

    @Autowired
    CustomerFiles files;

    @Test
    void suspendingAndLiftingToggleTheFlagAndSkipWhatIsAlreadySo() {
        long customer = data.customer(location);

        assertThat(lifecycle.suspend(Selection.of(customer), null, ADMIN).done())
                .isEqualTo(1);
        assertThat(lifecycle.suspend(Selection.of(customer), null, ADMIN).of(customer))
                .contains(CustomerResult.skipped(customer, "already suspended"));
        assertThat(data.customerState(customer).suspended()).isTrue();

        assertThat(lifecycle.liftSuspension(Selection.of(customer), ADMIN).done())
                .isEqualTo(1);
        assertThat(data.customerState(customer).suspended()).isFalse();
    }

    @Test
    void anArchivedCustomersSuspensionCannotBeLiftedByASideDoor() {
        long customer = data.customer(location);
        lifecycle.archive(Selection.of(customer), null, ADMIN);

        LifecycleResult result = lifecycle.liftSuspension(Selection.of(customer), ADMIN);

        assertThat(result.skipped()).isEqualTo(1);
        assertThat(data.customerState(customer).suspended()).isTrue();
        assertThat(data.customerState(customer).archived()).isTrue();
    }

    @Test
    void grantingPortalAccessOpensAnAccountOrReEnablesTheOldOne() {
        long fresh = data.customer(location);
        long revoked = data.customer(location);
        data.portalAccount(revoked, false);

        lifecycle.grantPortalAccess(Selection.of(java.util.List.of(fresh, revoked)), ADMIN);

        assertThat(data.customerState(fresh).portalEnabled()).isTrue();
        assertThat(data.customerState(revoked).portalEnabled()).isTrue();
        assertThat(data.count(
                        "select count(*) from portal_account where customer_id = ? and password_hash is not null",
                        revoked))
                .isEqualTo(1);
    }

    @Test
    void revokingPortalAccessEndsSessionsAndTokensAtOnce() {
        long customer = data.customer(location);
        data.portalAccount(customer, true);
        String session = data.portalSession(customer);
        long token = data.apiToken(customer);

        lifecycle.revokePortalAccess(Selection.of(customer), ADMIN);

        assertThat(data.customerState(customer).portalEnabled()).isFalse();
        assertThat(data.sessionExists(session)).isFalse();
        assertThat(data.tokenRevoked(token)).isTrue();
        assertThat(lifecycle.revokePortalAccess(Selection.of(customer), ADMIN).skipped())
                .isEqualTo(1);
    }

    @Test
    void anArchivedCustomerCannotBeGivenPortalAccess() {
        long customer = data.customer(location);
        lifecycle.archive(Selection.of(customer), null, ADMIN);

        assertThat(lifecycle.grantPortalAccess(Selection.of(customer), ADMIN).skipped())
                .isEqualTo(1);
        assertThat(data.customerState(customer).portalEnabled()).isNull();
    }

    @Test
    void erasingRemovesPersonalDataButKeepsFinancialRecords() throws Exception {
        long customer = data.customer(location, "erase.me@example.com");
        long contract = data.activeContract(customer, plan);
        data.portalAccount(customer, true);
        long file = files.store(
                customer,
                "agreement.pdf",
                "application/pdf",
                new ByteArrayInputStream(new byte[] {1, 2, 3}),
                "test",
                false);
        Path stored = Path.of("./target/test-files").resolve(storedName(file));

        LifecycleResult result = lifecycle.erase(Selection.of(customer), "Data-protection request", ADMIN);

        assertThat(result.done()).isEqualTo(1);
        var details = customers.get(customer);
        assertThat(details.erased()).isTrue();
        assertThat(details.archived()).isTrue();
        assertThat(details.email()).doesNotContain("erase.me");
        assertThat(details.phone()).isNull();
        assertThat(data.contractState(contract)).isNotNull();
        assertThat(data.customerState(customer).portalEnabled()).isNull();
        assertThat(files.ofCustomer(customer)).isEmpty();
        assertThat(Files.exists(stored)).isFalse();
        assertThat(data.auditEntries(customer, "CUSTOMER_ERASED")).isEqualTo(1);
        assertThat(lifecycle.restore(Selection.of(customer), ADMIN).failed()).isEqualTo(1);
    }

    @Test
    void erasingNeedsItsOwnPermission() {
        long customer = data.customer(location);
        Actor manager = Actor.staff("manager@example.com", Set.of(Role.MANAGER));

        assertThatThrownBy(() -> lifecycle.erase(Selection.of(customer), null, manager))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(customers.get(customer).erased()).isFalse();
    }

    @Test
    void archivingKeepsFiles() throws Exception {
        long customer = data.customer(location);
        files.store(
                customer, "agreement.pdf", "application/pdf", new ByteArrayInputStream(new byte[] {1}), "test", true);

        lifecycle.archive(Selection.of(customer), null, ADMIN);

        assertThat(files.ofCustomer(customer)).hasSize(1);
    }

    private String storedName(long fileId) {
        return data.storedFileName(fileId);
    }
}
