package app.nook.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.support.IntegrationTest;
import app.nook.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** On PostgreSQL, planning for parameters holds for the rest of the transaction and not beyond. */
@OnPostgres
class QueryPlansPostgresIntegrationTests extends IntegrationTest {

    @Autowired
    QueryPlans plans;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void planningForParametersLastsUntilTheTransactionEnds() {
        String inside = transactions.execute(tx -> {
            plans.planForParameters();
            return mode();
        });

        String after = transactions.execute(tx -> mode());

        assertThat(inside).isEqualTo("force_custom_plan");
        assertThat(after).isEqualTo("auto");
    }

    private String mode() {
        return jdbc.queryForObject("show plan_cache_mode", String.class);
    }
}
