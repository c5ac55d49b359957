package app.nook.portal;

import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.file.CustomerFiles;
import app.nook.staff.Actor;
import app.nook.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application on a real port and a real database, with customers who use the portal. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "nook.demo-data=false",
            "nook.files.directory=./target/test-files",
            "logging.level.app.nook.customer.lifecycle.ChunkRunner=error"
        })
abstract class PortalTest extends IntegrationTest {

    static final String PASSWORD = "correct horse battery";

    private static final String INSERT_INVOICE = """
            insert into invoice (number, customer_id, location_id, issued_on, due_on, period_start, period_end,
                currency, total, status)
            values (?, ?, ?, current_date, current_date, current_date, current_date, 'EUR', 123.45, 'OPEN')""";

    @LocalServerPort
    int port;

    @Autowired
    CustomerLifecycle lifecycle;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CustomerFiles files;

    long location;

    @BeforeEach
    void setUpLocation() {
        jdbc.update("delete from sign_in_failure");
        location = data.location();
    }

    /** A customer with portal access who set their password through an invitation. */
    long member(String email) {
        long customer = data.customer(location, email);
        lifecycle.grantPortalAccess(Selection.of(customer), Actor.system());
        invitations.accept(invitations.create(customer, Actor.system()).token(), PASSWORD);
        return customer;
    }

    PortalClient signedIn(String email) {
        var client = new PortalClient(port);
        client.signIn(email, PASSWORD);
        return client;
    }

    void archive(long customer) {
        lifecycle.archive(Selection.of(customer), "Moved away", Actor.system());
    }

    long invoice(long customer) {
        String number = "INV-" + customer;
        jdbc.update(INSERT_INVOICE, number, customer, location);
        long id = jdbc.queryForObject("select id from invoice where number = ?", Long.class, "INV-" + customer);
        jdbc.update("""
                insert into invoice_line (invoice_id, description, quantity, unit_price, amount)
                values (?, ?, 1, 123.45, 123.45)""", id, "Desk for customer " + customer);
        return id;
    }

    long sharedFile(long customer, String content) throws IOException {
        return files.store(
                customer,
                "agreement-" + customer + ".txt",
                "text/plain",
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                "system",
                true);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
