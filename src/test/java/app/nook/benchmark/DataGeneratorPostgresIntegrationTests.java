package app.nook.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerListing;
import app.nook.customer.CustomerView;
import app.nook.support.IntegrationTest;
import app.nook.support.OnPostgres;
import app.nook.support.ReportFigureTables;
import app.nook.system.LocationScope;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The benchmark's generator on PostgreSQL: the asked size, and archived customers as the engine leaves them. */
@OnPostgres
class DataGeneratorPostgresIntegrationTests extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CustomerListing listing;

    @Test
    void generatesTheAskedNumberOfCustomersWithAboutFortyPercentArchived() throws Exception {
        new DataGenerator(dataSource).generate(2_000);

        long archived = count("select count(*) from customer where archived_at is not null");
        assertThat(count("select count(*) from customer")).isEqualTo(2_000);
        assertThat(archived).isBetween(600L, 1_000L);
        assertThat(listing.count(CustomerFilter.of(CustomerView.ACTIVE), LocationScope.everywhere()))
                .isEqualTo(2_000 - archived);
        assertThat(count("select count(*) from invoice")).isPositive();
        assertThat(count("select count(*) from check_in")).isPositive();
    }

    @Test
    void archivedCustomersAreInTheStateTheLifecycleEngineLeaves() throws Exception {
        new DataGenerator(dataSource).generate(2_000);

        assertThat(count("""
                        select count(*) from customer c where c.archived_at is not null
                        and (not c.suspended or c.live_email is not null or c.archived_by is null
                            or c.suspended_before_archive is null or c.portal_before_archive is null)""")).isZero();
        assertThat(count("""
                        select count(*) from contract k join customer c on c.id = k.customer_id
                        where c.archived_at is not null
                        and (k.status = 'ACTIVE' or (k.status = 'SUSPENDED') <> k.suspended_by_archive)""")).isZero();
        assertThat(count("""
                        select count(*) from portal_account a join customer c on c.id = a.customer_id
                        where c.archived_at is not null and a.enabled""")).isZero();
        assertThat(count("""
                        select count(*) from customer c where c.archived_at is not null and not exists (
                            select 1 from audit_entry e where e.customer_id = c.id
                            and e.action = 'CUSTOMER_ARCHIVED')""")).isZero();
    }

    @Test
    void archivedCustomersHaveContractsThatARestoreGivesBack() throws Exception {
        new DataGenerator(dataSource).generate(2_000);

        assertThat(count("select count(*) from contract where suspended_by_archive"))
                .isPositive();
        assertThat(count("select count(*) from customer where archived_at is not null and portal_before_archive"))
                .isPositive();
    }

    @Test
    void theReportFiguresOfTheGeneratedDataMatchTheirDefinitions() throws Exception {
        new DataGenerator(dataSource).generate(2_000);

        for (String figure : ReportFigureTables.names()) {
            assertThat(ReportFigureTables.rows(jdbc, figure)).as(figure).isNotEmpty();
        }
        ReportFigureTables.assertMatchTheirDefinitions(jdbc);
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
