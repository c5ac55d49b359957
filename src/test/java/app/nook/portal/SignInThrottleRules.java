package app.nook.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.staff.Role;
import app.nook.staff.StaffAccounts;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Password guessing: five failures on one account pause its sign-in for fifteen minutes, on both forms. */
abstract class SignInThrottleRules extends PortalTest {

    @Autowired
    StaffAccounts staff;

    @Test
    void fiveFailuresPauseACustomersSignInEvenWithTheRightPassword() {
        member("maya@example.com");
        var client = new PortalClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(location(client.signIn("maya@example.com", "guess " + i)))
                    .endsWith("?error");
        }

        var rightPassword = client.signIn("maya@example.com", PASSWORD);

        assertThat(location(rightPassword)).endsWith("/portal/login?locked");
        assertThat(client.follow(rightPassword).body()).contains("Too many failed attempts for this account");
        assertThat(location(new PortalClient(port).signIn("MAYA@example.com", PASSWORD)))
                .endsWith("?locked");
    }

    @Test
    void fourFailuresDoNotPauseAndASuccessStartsTheCountAfresh() {
        member("maya@example.com");
        var client = new PortalClient(port);
        for (int i = 0; i < 4; i++) {
            client.signIn("maya@example.com", "guess " + i);
        }

        var success = client.signIn("maya@example.com", PASSWORD);

        assertThat(location(success)).endsWith("/portal");
        assertThat(data.count("select count(*) from sign_in_failure")).isZero();
    }

    @Test
    void thePauseEndsAfterFifteenMinutesAndTouchesNoOtherAccount() {
        member("maya@example.com");
        member("other@example.com");
        var client = new PortalClient(port);
        for (int i = 0; i < 5; i++) {
            client.signIn("maya@example.com", "guess " + i);
        }

        var other = new PortalClient(port).signIn("other@example.com", PASSWORD);
        jdbc.update("update sign_in_failure set failed_at = failed_at - interval '16' minute");
        var later = client.signIn("maya@example.com", PASSWORD);

        assertThat(location(other)).endsWith("/portal");
        assertThat(location(later)).endsWith("/portal");
    }

    @Test
    void fiveFailuresPauseAStaffUsersSignInEvenWithTheRightPassword() {
        staff.create("desk@example.com", "Front Desk", "desk password", Set.of(Role.FRONT_DESK));
        var client = new PortalClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(location(client.signInAsStaff("desk@example.com", "guess " + i)))
                    .endsWith("/login?error");
        }

        var rightPassword = client.signInAsStaff("desk@example.com", "desk password");

        assertThat(location(rightPassword)).endsWith("/login?locked");
        assertThat(client.follow(rightPassword).body()).contains("Too many failed attempts for this account");
        assertThat(client.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void guessingOnTheStaffFormDoesNotPauseThePortalForTheSameEmail() {
        member("maya@example.com");
        var client = new PortalClient(port);
        for (int i = 0; i < 5; i++) {
            client.signInAsStaff("maya@example.com", "guess " + i);
        }

        assertThat(location(client.signIn("maya@example.com", PASSWORD))).endsWith("/portal");
        assertThat(location(client.signInAsStaff("maya@example.com", "any"))).endsWith("/login?locked");
    }
}
