package app.nook.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Decides whether PostgreSQL tests run, are skipped, or fail for want of a database. */
class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PostgresDatabases.available()) {
            return ConditionEvaluationResult.enabled("PostgreSQL is configured");
        }
        if (PostgresDatabases.required()) {
            throw new IllegalStateException(PostgresDatabases.REQUIRED_VARIABLE + " is true but "
                    + PostgresDatabases.URL_VARIABLE + " is not set: PostgreSQL tests cannot run");
        }
        return ConditionEvaluationResult.disabled("SKIPPED: PostgreSQL tests need " + PostgresDatabases.URL_VARIABLE
                + ", for example jdbc:postgresql://127.0.0.1:5432/postgres");
    }
}
