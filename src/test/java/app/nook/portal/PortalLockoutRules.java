package app.nook.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Archiving locks a signed-in customer out at once, and a page loaded before the archive can change nothing. */
abstract class PortalLockoutRules extends PortalTest {

    @Test
    void theNextRequestAfterAnArchiveLandsOnTheArchivedMessage() {
        long customer = member("maya@example.com");
        var client = signedIn("maya@example.com");
        assertThat(client.get("/portal/contracts").statusCode()).isEqualTo(200);

        archive(customer);
        var next = client.get("/portal/invoices");

        assertThat(location(next)).endsWith("/portal/login?archived");
        assertThat(client.follow(next).body()).contains("Your account is archived. Please contact the space.");
    }

    @Test
    void aCheckInPostedFromAPageLoadedBeforeTheArchiveChangesNothing() {
        long customer = member("maya@example.com");
        var client = signedIn("maya@example.com");
        client.get("/portal");

        archive(customer);
        var checkIn = client.post("/portal/check-in", Map.of());

        assertThat(location(checkIn)).endsWith("/portal/login?archived");
        assertThat(data.count("select count(*) from check_in where customer_id = ?", customer))
                .isZero();
    }

    @Test
    void aProfileSavePostedFromAPageLoadedBeforeTheArchiveChangesNothing() {
        long customer = member("maya@example.com");
        var client = signedIn("maya@example.com");
        client.get("/portal");
        long version = data.customerState(customer).version();

        archive(customer);
        var save = client.post("/portal/profile", profile(version, "+49 30 999"));

        assertThat(location(save)).endsWith("/portal/login?archived");
        assertThat(data.count("select count(*) from customer where id = ? and phone = '+49 30 999'", customer))
                .isZero();
    }

    @Test
    void aRevokedCustomersNextRequestLandsOnTheRevokedMessage() {
        long customer = member("maya@example.com");
        var client = signedIn("maya@example.com");

        lifecycle.revokePortalAccess(Selection.of(customer), Actor.system());
        var next = client.get("/portal");

        assertThat(location(next)).endsWith("/portal/login?revoked");
    }

    @Test
    void aSessionThatOutlivesTheCustomersAccessIsEndedOnItsNextRequest() {
        long customer = member("maya@example.com");
        var client = signedIn("maya@example.com");
        client.get("/portal");
        // As if access ended in a way that missed this session: only the check on each request stops it now.
        jdbc.update("update portal_account set enabled = false where customer_id = ?", customer);

        var next = client.post("/portal/check-in", Map.of());
        client.get("/portal/login");

        assertThat(location(next)).endsWith("/portal/login?revoked");
        assertThat(data.count("select count(*) from check_in where customer_id = ?", customer))
                .isZero();
        assertThat(data.count("select count(*) from spring_session where principal_name = ?", "customer:" + customer))
                .isZero();
    }

    @Test
    void aBrowserWithoutAHintIsSentToSignInWithoutAReason() {
        var client = new PortalClient(port);

        var home = client.get("/portal");

        assertThat(location(home)).endsWith("/portal/login");
    }

    static Map<String, String> profile(long version, String phone) {
        return Map.of(
                "version", String.valueOf(version),
                "phone", phone,
                "billingStreet", "Street 2",
                "billingPostalCode", "10115",
                "billingCity", "Berlin",
                "billingCountry", "de");
    }
}
