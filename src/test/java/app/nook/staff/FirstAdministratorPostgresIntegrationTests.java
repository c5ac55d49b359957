package app.nook.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.support.OnPostgres;
import app.nook.support.WebClientSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A production start on an empty PostgreSQL database: the administrator named in the environment signs in, and no
 * demo data is loaded because demo mode is off by default outside the embedded database.
 */
@OnPostgres
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"nook.admin.email=Owner@Example.com", "nook.admin.password=a long passphrase"})
class FirstAdministratorPostgresIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theConfiguredAdministratorSignsIn() {
        var session = new WebClientSession(port);

        var signIn = session.signIn("owner@example.com", "a long passphrase");

        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(session.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void thePasswordIsStoredHashed() {
        String hash = jdbc.queryForObject(
                "select password_hash from staff_user where email = 'owner@example.com'", String.class);

        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long passphrase");
    }

    @Test
    void noDemoDataIsLoaded() {
        assertThat(jdbc.queryForObject("select count(*) from customer", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from location", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from staff_user", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void healthIsUpWithoutSigningIn() {
        var health = new WebClientSession(port).get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
