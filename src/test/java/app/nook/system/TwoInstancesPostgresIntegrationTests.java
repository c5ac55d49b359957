package app.nook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.nook.support.ChildApplication;
import app.nook.support.PostgresDatabases;
import app.nook.support.RequiresPostgres;
import app.nook.support.WebClientSession;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Two instances of Nook on one PostgreSQL database, as behind a load balancer: sessions are shared, an archive on
 * one ends a portal session held on the other at once, and a scheduled job or a webhook delivery happens on only
 * one of them.
 */
@RequiresPostgres
class TwoInstancesPostgresIntegrationTests {

    @Test
    void sessionsArchivesAndScheduledJobsWorkAcrossTwoInstances() throws Exception {
        String url = PostgresDatabases.createDatabase();
        Map<String, String> settings = new HashMap<>(Map.of(
                "nook.admin.email", "owner@example.com",
                "nook.admin.password", "a long passphrase",
                "nook.billing.cron", "*/2 * * * * *",
                "nook.webhooks.poll-interval", "500ms"));
        List<String> deliveries = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            deliveries.add(exchange.getRequestHeaders().getFirst("Nook-Delivery"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        try (var a = ChildApplication.start("instance-a", url, settings);
                var b = ChildApplication.start("instance-b", url, settings)) {
            JdbcTemplate jdbc = new JdbcTemplate(
                    new DriverManagerDataSource(url, PostgresDatabases.user(), PostgresDatabases.password()));
            long member = portalMember(jdbc);
            jdbc.update(
                    "insert into webhook_endpoint (url, secret, events, created_by) values (?, 's', ?, 'test')",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                    "customer.archived");
            var staffOnA = new WebClientSession(a.port());
            staffOnA.signIn("owner@example.com", "a long passphrase");
            var staffOnB = staffOnA.onPort(b.port());
            var memberOnA = new WebClientSession(a.port());
            memberOnA.signInToPortal("member@example.com", "member passphrase");

            assertThat(staffOnB.get("/customers").statusCode())
                    .as("a session made on A, used on B")
                    .isEqualTo(200);
            assertThat(memberOnA.get("/portal").statusCode()).isEqualTo(200);

            staffOnB.post(
                    "/customers/bulk",
                    "/customers",
                    Map.of("action", "ARCHIVE", "scope", "ids", "ids", String.valueOf(member), "view", "ACTIVE"));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from customer where archived_at is not null", Integer.class)
                            == 1);
            var next = memberOnA.get("/portal");

            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location"))
                    .hasValueSatisfying(
                            l -> assertThat(l).contains("/portal/login").contains("archived"));
            await().pollDelay(Duration.ofSeconds(6))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> true);
            assertThat(jdbc.queryForObject("select count(*) from billing_run", Integer.class))
                    .as("billing runs started by two instances, each trying every two seconds")
                    .isEqualTo(1);
            assertThat(deliveries)
                    .as("deliveries of one archive, both instances polling every half second")
                    .hasSize(1);
            assertThat(jdbc.queryForObject(
                            "select attempts from webhook_delivery where status = 'DELIVERED'", Integer.class))
                    .isEqualTo(1);
        } finally {
            receiver.stop(0);
        }
    }

    private static long portalMember(JdbcTemplate jdbc) {
        jdbc.update("insert into location (name, city, address, time_zone) values ('Hub', 'Berlin', 'A 1', 'UTC')");
        jdbc.update("""
                insert into customer (kind, full_name, email, live_email, home_location_id, registered_on)
                select 'INDIVIDUAL', 'Mia Member', 'member@example.com', 'member@example.com', id, current_date
                from location""");
        long id = jdbc.queryForObject("select id from customer", Long.class);
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("member passphrase");
        jdbc.update("insert into portal_account (customer_id, password_hash, enabled) values (?, ?, true)", id, hash);
        return id;
    }
}
