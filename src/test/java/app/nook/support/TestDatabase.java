package app.nook.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which real database an integration test runs on. Every test class asking for the same engine shares one
 * application context and one fresh database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface TestDatabase {

    Engine value();

    /** The databases Nook runs on. */
    enum Engine {
        /** H2 in file mode under {@code target/h2}, as the embedded default. */
        H2,
        /** A database created for the run on the server that {@code NOOK_TEST_POSTGRES_URL} names. */
        POSTGRES
    }
}
