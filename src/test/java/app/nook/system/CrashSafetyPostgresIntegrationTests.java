package app.nook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.nook.support.ChildApplication;
import app.nook.support.PostgresDatabases;
import app.nook.support.RequiresPostgres;
import app.nook.support.WebClientSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Kills Nook with SIGKILL in the middle of a 50,000-customer bulk archive on PostgreSQL, starts it again, and
 * proves that every customer is fully archived or untouched, and that repeating the action finishes the rest.
 */
@RequiresPostgres
class CrashSafetyPostgresIntegrationTests {

    private static final int CUSTOMERS = 50_000;
    private static final Map<String, String> ADMIN =
            Map.of("nook.admin.email", "owner@example.com", "nook.admin.password", "a long passphrase");

    @Test
    void aBulkArchiveKilledMidwayLeavesNoCustomerHalfArchivedAndARepeatFinishesIt() throws Exception {
        String url = PostgresDatabases.createDatabase();
        JdbcTemplate jdbc = new JdbcTemplate(
                new DriverManagerDataSource(url, PostgresDatabases.user(), PostgresDatabases.password()));

        try (var first = ChildApplication.start("crash-first", url, ADMIN)) {
            fillWithMembers(jdbc);
            startArchivingEveryone(first.port());
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> archived(jdbc) > 0);
            first.kill();
        }
        int archivedAtCrash = archived(jdbc);

        assertThat(archivedAtCrash).isBetween(1, CUSTOMERS - 1);
        assertNoCustomerIsHalfArchived(jdbc);
        try (var second = ChildApplication.start("crash-second", url, ADMIN)) {
            startArchivingEveryone(second.port());
            await().atMost(Duration.ofSeconds(120)).until(() -> archived(jdbc) == CUSTOMERS);
        }
        assertNoCustomerIsHalfArchived(jdbc);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'CUSTOMER_ARCHIVED'", Integer.class))
                .isEqualTo(CUSTOMERS);
    }

    private static void fillWithMembers(JdbcTemplate jdbc) {
        jdbc.update("insert into location (name, city, address, time_zone) values ('Hub', 'Berlin', 'A 1', 'UTC')");
        jdbc.update("""
                insert into plan (name, location_id, price, currency, billing_period)
                select 'Desk', id, 100, 'EUR', 'MONTHLY' from location""");
        jdbc.update("""
                insert into customer (kind, full_name, email, live_email, home_location_id, registered_on)
                select 'INDIVIDUAL', 'Member ' || n, 'member' || n || '@example.com', 'member' || n || '@example.com',
                    (select id from location), current_date
                from generate_series(1, ?) as n""", CUSTOMERS);
        jdbc.update("""
                insert into contract (number, customer_id, plan_id, status, start_date, billing_day,
                    next_renewal_date, price, quantity)
                select 'K-' || c.id, c.id, (select id from plan), 'ACTIVE', current_date, 1, current_date, 100, 1
                from customer c""");
    }

    private static void startArchivingEveryone(int port) {
        var staff = new WebClientSession(port);
        staff.signIn("owner@example.com", "a long passphrase");
        var response = staff.post(
                "/customers/bulk",
                "/customers",
                Map.of("action", "ARCHIVE", "scope", "matching", "view", "ACTIVE", "reason", "Crash test"));
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private static int archived(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from customer where archived_at is not null", Integer.class);
    }

    private static void assertNoCustomerIsHalfArchived(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForObject("""
                        select count(*) from customer c join contract k on k.customer_id = c.id
                        left join (select customer_id, count(*) as entries from audit_entry
                                   where action = 'CUSTOMER_ARCHIVED' group by customer_id) a
                            on a.customer_id = c.id
                        where case when c.archived_at is null
                                   then c.suspended or k.status <> 'ACTIVE' or a.entries is not null
                                   else not c.suspended or not k.suspended_by_archive or a.entries is distinct from 1
                              end""", Integer.class))
                .as("customers caught between untouched and fully archived")
                .isZero();
    }
}
