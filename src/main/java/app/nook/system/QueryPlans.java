package app.nook.system;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks PostgreSQL to plan the statements of the current transaction for their actual parameters. A statement that
 * the driver has prepared gets a generic plan after a few runs, made without knowing its parameters; for a pattern
 * search that plan cannot tell a rare name from two letters found in every row, and may be slower by seconds.
 */
@Component
public class QueryPlans {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    QueryPlans(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    /** On PostgreSQL, plans each following statement of the transaction for its parameters; elsewhere nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void planForParameters() {
        if (postgres) {
            jdbc.execute("set local plan_cache_mode = force_custom_plan");
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equals(product);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database Nook is connected to", e);
        }
    }
}
