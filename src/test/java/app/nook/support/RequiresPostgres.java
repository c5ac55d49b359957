package app.nook.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class only when PostgreSQL is configured: skipped, with a visible reason, when it is not, and failed
 * instead when {@code NOOK_REQUIRE_POSTGRES=true} (as in CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresCondition.class)
public @interface RequiresPostgres {}
