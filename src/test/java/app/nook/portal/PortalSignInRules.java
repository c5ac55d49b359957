package app.nook.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may sign in to the portal, and what those who may not are told. */
abstract class PortalSignInRules extends PortalTest {

    @Test
    void aCustomerWithAccessSignsInUnderTheirPrincipalName() {
        long customer = member("maya@example.com");
        var client = new PortalClient(port);

        var signIn = client.signIn("Maya@Example.com", PASSWORD);
        var home = client.get("/portal");

        assertThat(location(signIn)).endsWith("/portal");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("maya@example.com");
        assertThat(data.count("select count(*) from spring_session where principal_name = ?", "customer:" + customer))
                .isEqualTo(1);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        member("maya@example.com");

        var wrongPassword = new PortalClient(port).signIn("maya@example.com", "not the password");
        var unknownEmail = new PortalClient(port).signIn("nobody@example.com", PASSWORD);

        assertThat(location(wrongPassword)).endsWith("/portal/login?error");
        assertThat(location(unknownEmail)).endsWith("/portal/login?error");
        assertThat(new PortalClient(port).follow(wrongPassword).body()).contains("Wrong email or password.");
    }

    @Test
    void anArchivedCustomerCannotSignInAndIsToldTheyAreArchived() {
        long customer = member("maya@example.com");
        archive(customer);
        var client = new PortalClient(port);

        var signIn = client.signIn("maya@example.com", PASSWORD);

        assertThat(location(signIn)).endsWith("/portal/login?archived");
        assertThat(client.follow(signIn).body()).contains("Your account is archived. Please contact the space.");
        assertThat(client.get("/portal").statusCode()).isEqualTo(302);
    }

    @Test
    void anArchivedCustomerWithAWrongPasswordLearnsNothing() {
        long customer = member("maya@example.com");
        archive(customer);

        var signIn = new PortalClient(port).signIn("maya@example.com", "not the password");

        assertThat(location(signIn)).endsWith("/portal/login?error");
    }

    @Test
    void aCustomerWhoseAccessWasRevokedIsToldSo() {
        long customer = member("maya@example.com");
        lifecycle.revokePortalAccess(Selection.of(customer), Actor.system());
        var client = new PortalClient(port);

        var signIn = client.signIn("maya@example.com", PASSWORD);

        assertThat(location(signIn)).endsWith("/portal/login?revoked");
        assertThat(client.follow(signIn).body()).contains("Your portal access has been turned off.");
    }

    @Test
    void aCustomerNeverGrantedAccessOrWithoutPasswordCannotSignInAndIsToldToAskForALink() {
        data.customer(location, "never@example.com");
        long withoutPassword = data.customer(location, "nopassword@example.com");
        lifecycle.grantPortalAccess(Selection.of(withoutPassword), Actor.system());
        var client = new PortalClient(port);

        var never = client.signIn("never@example.com", PASSWORD);
        var noPassword = client.signIn("nopassword@example.com", PASSWORD);

        assertThat(location(never)).endsWith("/portal/login?error");
        assertThat(location(noPassword)).endsWith("/portal/login?error");
        assertThat(client.follow(noPassword).body()).contains("please ask the space for an invitation link");
    }

    @Test
    void afterARestoreTheCustomerSignsInWithTheSamePassword() {
        long customer = member("maya@example.com");
        archive(customer);

        lifecycle.restore(Selection.of(customer), Actor.system());
        var signIn = new PortalClient(port).signIn("maya@example.com", PASSWORD);

        assertThat(location(signIn)).endsWith("/portal");
    }

    @Test
    void signingOutEndsTheSession() {
        long customer = member("maya@example.com");
        var client = signedIn("maya@example.com");
        client.get("/portal");

        var signOut = client.post("/portal/logout", Map.of());

        assertThat(location(signOut)).endsWith("/portal/login?signed-out");
        assertThat(location(client.get("/portal"))).endsWith("/portal/login");
        assertThat(data.count("select count(*) from spring_session where principal_name = ?", "customer:" + customer))
                .isZero();
    }

    @Test
    void aSignedInCustomerIsNotAStaffUser() {
        member("maya@example.com");
        var client = signedIn("maya@example.com");

        var admin = client.get("/customers");

        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(location(admin)).endsWith("/login");
    }
}
