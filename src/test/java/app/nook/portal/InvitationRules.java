package app.nook.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.Role;
import app.nook.staff.StaffAccounts;
import app.nook.system.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invitation links: created by staff for customers with access, used once to set a password, then dead. */
abstract class InvitationRules extends PortalTest {

    static final String NEW_PASSWORD = "a brand new password";

    @Autowired
    StaffAccounts staff;

    @Test
    void anInvitationLinkSetsThePasswordOnceAndThenNoLongerWorks() {
        long customer = customerWithAccess("maya@example.com");
        String token = invitations.create(customer, Actor.system()).token();
        var client = new PortalClient(port);
        client.get("/portal/invitation/" + token);

        var accepted = client.post("/portal/invitation/" + token, passwords(NEW_PASSWORD));
        var again = new PortalClient(port).get("/portal/invitation/" + token);

        assertThat(location(accepted)).endsWith("/portal/login?password-set");
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("This link no longer works");
        assertThat(location(new PortalClient(port).signIn("maya@example.com", NEW_PASSWORD)))
                .endsWith("/portal");
        assertThatThrownBy(() -> invitations.accept(token, "yet another password"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anExpiredLinkNoLongerWorks() {
        long customer = customerWithAccess("maya@example.com");
        String token = invitations.create(customer, Actor.system()).token();
        jdbc.update("update portal_invitation set expires_at = current_timestamp - interval '1' minute");

        var page = new PortalClient(port).get("/portal/invitation/" + token);

        assertThat(page.statusCode()).isEqualTo(410);
        assertThatThrownBy(() -> invitations.accept(token, NEW_PASSWORD)).isInstanceOf(ConflictException.class);
        assertThat(data.count(
                        "select count(*) from portal_account where customer_id = ? and password_hash is null",
                        customer))
                .isEqualTo(1);
    }

    @Test
    void linksLastSeventyTwoHoursAndANewerLinkReplacesOlderOnes() {
        long customer = customerWithAccess("maya@example.com");
        var first = invitations.create(customer, Actor.system());

        var second = invitations.create(customer, Actor.system());

        assertThat(Duration.between(Instant.now(), second.expiresAt()).toHours())
                .isEqualTo(71);
        assertThat(invitations.find(first.token())).isEmpty();
        assertThat(invitations.find(second.token())).isPresent();
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        long customer = customerWithAccess("maya@example.com");

        String token = invitations.create(customer, Actor.system()).token();

        assertThat(data.count("select count(*) from portal_invitation where token_hash = ?", token))
                .isZero();
        assertThat(data.count("select count(*) from portal_invitation where length(token_hash) = 64"))
                .isEqualTo(1);
    }

    @Test
    void aTooShortPasswordIsRefusedAndTheLinkStillWorks() {
        long customer = customerWithAccess("maya@example.com");
        String token = invitations.create(customer, Actor.system()).token();
        var client = new PortalClient(port);
        client.get("/portal/invitation/" + token);

        var refused = client.post("/portal/invitation/" + token, passwords("short"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("at least 10 characters");
        assertThat(invitations.find(token)).isPresent();
    }

    @Test
    void noInvitationForACustomerWithoutPortalAccessOrArchived() {
        long never = data.customer(location, "never@example.com");
        long archived = customerWithAccess("gone@example.com");
        archive(archived);

        assertThatThrownBy(() -> invitations.create(never, Actor.system()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Grant portal access first");
        assertThatThrownBy(() -> invitations.create(archived, Actor.system()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("archived");
        assertThat(data.count("select count(*) from portal_invitation")).isZero();
        assertThat(data.customerState(never).portalEnabled()).isNull();
    }

    @Test
    void aLinkDiesWithAnArchiveAndStaysDeadAfterTheRestore() {
        long customer = customerWithAccess("maya@example.com");
        String token = invitations.create(customer, Actor.system()).token();

        lifecycle.archive(Selection.of(customer), null, Actor.system());
        lifecycle.restore(Selection.of(customer), Actor.system());

        assertThat(data.customerState(customer).portalEnabled()).isTrue();
        assertThat(invitations.find(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, NEW_PASSWORD)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aLinkDiesWhenAccessIsRevoked() {
        long customer = customerWithAccess("maya@example.com");
        String token = invitations.create(customer, Actor.system()).token();

        lifecycle.revokePortalAccess(Selection.of(customer), Actor.system());

        assertThat(invitations.find(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, NEW_PASSWORD)).isInstanceOf(ConflictException.class);
    }

    @Test
    void staffCreateALinkThroughTheAdminEndpointAndSeeItToCopy() {
        long customer = customerWithAccess("maya@example.com");
        staff.create("desk@example.com", "Front Desk", "desk password", Set.of(Role.FRONT_DESK));
        var client = new PortalClient(port);
        client.signInAsStaff("desk@example.com", "desk password");
        client.get("/");

        var page = client.post("/customers/" + customer + "/portal-invitation", Map.of());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/portal/invitation/").contains("data-testid=\"invitation-link\"");
        assertThat(data.count("select count(*) from portal_invitation where customer_id = ?", customer))
                .isEqualTo(1);
    }

    @Test
    void theAdminEndpointRefusesACustomerWithoutAccess() {
        long customer = data.customer(location, "never@example.com");
        staff.create("desk@example.com", "Front Desk", "desk password", Set.of(Role.FRONT_DESK));
        var client = new PortalClient(port);
        client.signInAsStaff("desk@example.com", "desk password");
        client.get("/");

        var page = client.post("/customers/" + customer + "/portal-invitation", Map.of());

        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(data.count("select count(*) from portal_invitation")).isZero();
    }

    long customerWithAccess(String email) {
        long customer = data.customer(location, email);
        lifecycle.grantPortalAccess(Selection.of(customer), Actor.system());
        return customer;
    }

    static Map<String, String> passwords(String password) {
        return Map.of("password", password, "confirmation", password);
    }
}
