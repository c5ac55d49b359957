package app.nook.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nook.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database itself enforces that an email is unique among customers who are not archived. Written against the
 * table, past every service, so that no code path can get around it.
 */
abstract class CustomerEmailRule extends IntegrationTest {

    private static final String INSERT = """
            insert into customer (kind, full_name, email, live_email, home_location_id, registered_on,
                suspended, archived_at, archived_by, suspended_before_archive, portal_before_archive)
            values ('INDIVIDUAL', 'Someone', ?, ?, ?, current_date, ?, ?, ?, ?, ?)""";

    @Autowired
    JdbcTemplate jdbc;

    long location;

    @BeforeEach
    void setUp() {
        location = data.location();
    }

    @Test
    void twoCustomersWhoAreNotArchivedCannotShareAnEmail() {
        insertLive("ada@example.com");

        assertThatThrownBy(() -> insertLive("ada@example.com")).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theRuleIgnoresTheCaseOfTheEmail() {
        insertLive("ada@example.com");

        assertThatThrownBy(() -> insertLive("ADA@Example.com")).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anArchivedAndALiveCustomerMayShareAnEmail() {
        insertArchived("ada@example.com");
        insertArchived("ada@example.com");

        insertLive("ada@example.com");

        assertThat(data.count("select count(*) from customer where lower(email) = 'ada@example.com'"))
                .isEqualTo(3);
    }

    @Test
    void anArchivedCustomerCannotKeepALiveEmailKey() {
        assertThatThrownBy(() -> jdbc.update(
                        INSERT,
                        "bob@example.com",
                        "bob@example.com",
                        location,
                        true,
                        java.sql.Timestamp.valueOf("2026-01-01 10:00:00"),
                        "system",
                        false,
                        false))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anArchivedCustomerMustBeSuspended() {
        assertThatThrownBy(() -> jdbc.update(
                        INSERT,
                        "bob@example.com",
                        null,
                        location,
                        false,
                        java.sql.Timestamp.valueOf("2026-01-01 10:00:00"),
                        "system",
                        false,
                        false))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void insertLive(String email) {
        jdbc.update(INSERT, email, email.toLowerCase(), location, false, null, null, null, null);
    }

    private void insertArchived(String email) {
        jdbc.update(
                INSERT,
                email,
                null,
                location,
                true,
                java.sql.Timestamp.valueOf("2026-01-01 10:00:00"),
                "system",
                false,
                false);
    }
}
