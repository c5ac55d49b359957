package app.nook.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a signed-in customer sees and changes: only their own records, their contact details, their check-ins. */
abstract class PortalPagesRules extends PortalTest {

    @Test
    void aCustomerSeesTheirOwnInvoiceAndFile() throws Exception {
        long customer = member("maya@example.com");
        long invoice = invoice(customer);
        long file = sharedFile(customer, "Maya's agreement");
        var client = signedIn("maya@example.com");

        var page = client.get("/portal/invoices/" + invoice);
        var download = client.get("/portal/files/" + file);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("INV-" + customer).contains("Desk for customer " + customer);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("Maya's agreement");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
    }

    @Test
    void guessingAnotherCustomersInvoiceOrFileIdAnswersNotFound() throws Exception {
        member("maya@example.com");
        long other = member("other@example.com");
        long invoice = invoice(other);
        long file = sharedFile(other, "Someone else's agreement");
        var client = signedIn("maya@example.com");

        var page = client.get("/portal/invoices/" + invoice);
        var download = client.get("/portal/files/" + file);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("INV-" + other).doesNotContain("Desk for customer");
        assertThat(download.statusCode()).isEqualTo(404);
        assertThat(download.body()).doesNotContain("Someone else");
    }

    @Test
    void aFileNotSharedWithTheCustomerCannotBeDownloaded() throws Exception {
        long customer = member("maya@example.com");
        long file = sharedFile(customer, "internal");
        jdbc.update("update customer_file set shared_with_customer = false where id = ?", file);
        var client = signedIn("maya@example.com");

        assertThat(client.get("/portal/files/" + file).statusCode()).isEqualTo(404);
        assertThat(client.get("/portal/files").body()).doesNotContain("agreement-" + customer);
    }

    @Test
    void aCustomerChangesTheirContactDetailsAndTheChangeIsAudited() {
        long customer = member("maya@example.com");
        var client = signedIn("maya@example.com");
        client.get("/portal");
        long version = data.customerState(customer).version();

        var save = client.post("/portal/profile", PortalLockoutRules.profile(version, "+49 30 999"));

        assertThat(location(save)).endsWith("/portal");
        var details = data.customers().get(customer);
        assertThat(details.phone()).isEqualTo("+49 30 999");
        assertThat(details.billingCountry()).isEqualTo("DE");
        assertThat(details.email()).isEqualTo("maya@example.com");
        assertThat(data.auditEntries(customer, "CUSTOMER_UPDATED")).isEqualTo(1);
    }

    @Test
    void aStaleProfileFormIsRefusedWithAClearMessage() {
        long customer = member("maya@example.com");
        var client = signedIn("maya@example.com");
        client.get("/portal");
        long version = data.customerState(customer).version();
        client.post("/portal/profile", PortalLockoutRules.profile(version, "+49 30 111"));

        var stale = client.post("/portal/profile", PortalLockoutRules.profile(version, "+49 30 222"));

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Your details were changed meanwhile");
        assertThat(data.customers().get(customer).phone()).isEqualTo("+49 30 111");
    }

    @Test
    void aCustomerChecksInAtTheirHomeLocationOnceAtATimeAndChecksOut() {
        long customer = member("maya@example.com");
        var client = signedIn("maya@example.com");
        client.get("/portal");

        client.post("/portal/check-in", Map.of());
        client.post("/portal/check-in", Map.of());
        var home = client.get("/portal");

        assertThat(data.count(
                        "select count(*) from check_in where customer_id = ? and location_id = ?"
                                + " and checked_out_at is null",
                        customer,
                        location))
                .isEqualTo(1);
        assertThat(home.body()).contains("You are checked in at");
        client.post("/portal/check-out", Map.of());
        assertThat(data.count(
                        "select count(*) from check_in where customer_id = ? and checked_out_at is null", customer))
                .isZero();
    }
}
