package app.nook.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.support.OnH2;
import app.nook.support.WebClientSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Demo mode on the embedded database: a realistic business, and the demo administrator can sign in. */
@OnH2
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"nook.demo-data=true", "nook.files.directory=./target/demo-files"})
class DemoModeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoBusinessHasLocationsPlansAndCustomersInEveryState() {
        assertThat(count("select count(*) from location")).isEqualTo(3);
        assertThat(count("select count(*) from plan")).isEqualTo(15);
        assertThat(count("select count(*) from customer")).isEqualTo(300);
        assertThat(count("select count(*) from customer where archived_at is not null and archive_reason is not null"))
                .isEqualTo(30);
        assertThat(count("select count(*) from live_customer where suspended")).isPositive();
        assertThat(count("select count(*) from contract where status = 'SUSPENDED' and not suspended_by_archive"))
                .isPositive();
        assertThat(count("select count(*) from contract where suspended_by_archive"))
                .isPositive();
        assertThat(count("select count(*) from contract where status = 'ENDED'"))
                .isPositive();
        assertThat(count("select count(*) from invoice")).isGreaterThan(500);
        assertThat(count("select count(*) from check_in")).isGreaterThan(1000);
        assertThat(count("select count(*) from customer_file")).isPositive();
        assertThat(count("select count(*) from audit_entry where action = 'CUSTOMER_ARCHIVED'"))
                .isEqualTo(30);
        assertThat(count("select count(*) from billing_run")).isEqualTo(1);
        String deskLocations = """
                select count(*) from staff_location l join staff_user s on s.id = l.staff_user_id
                where s.email = 'desk@demo.nook'""";
        assertThat(count(deskLocations))
                .as("the demo front desk works in one location")
                .isEqualTo(1);
        assertThat(count("select count(*) from check_in where checked_in_at > current_timestamp"))
                .isZero();
    }

    @Test
    void demoMemberHasPortalAccessTwoActiveContractsInvoicesAndASharedFile() {
        Long member = jdbc.queryForObject("select id from customer where email = 'member@demo.nook'", Long.class);

        assertThat(count(
                        "select count(*) from portal_account where customer_id = ? and enabled"
                                + " and password_hash is not null",
                        member))
                .isEqualTo(1);
        assertThat(count("select count(*) from contract where customer_id = ? and status = 'ACTIVE'", member))
                .isEqualTo(2);
        assertThat(count("select count(*) from invoice where customer_id = ?", member))
                .isPositive();
        assertThat(count("select count(*) from customer_file where customer_id = ? and shared_with_customer", member))
                .isEqualTo(1);
    }

    @Test
    void theDemoAdministratorSignsInAndSeesTheDashboard() {
        var session = new WebClientSession(port);

        var signIn = session.signIn("admin@demo.nook", "demo");
        var dashboard = session.get("/");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Members and contacts").contains("data-figure=\"dashboard.members\"");
    }

    @Test
    void aWrongPasswordIsRefused() {
        var session = new WebClientSession(port);

        var signIn = session.signIn("admin@demo.nook", "wrong");

        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("error"));
        assertThat(session.get("/").statusCode()).isEqualTo(302);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
