package app.nook.support;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Points each test context at the database its {@link TestDatabase} names, creating it on first use. */
class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    /** The settings of the embedded database as the application uses them. */
    private static final String H2_SETTINGS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TRACE_LEVEL_FILE=0";

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        var annotation =
                MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).get(TestDatabase.class);
        if (!annotation.isPresent()) {
            return null;
        }
        return new DatabaseCustomizer(annotation.getEnum("value", TestDatabase.Engine.class));
    }

    private static final class DatabaseCustomizer implements ContextCustomizer {

        private final TestDatabase.Engine engine;

        DatabaseCustomizer(TestDatabase.Engine engine) {
            this.engine = engine;
        }

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Map<String, Object> properties = switch (engine) {
                case H2 ->
                    Map.of("spring.datasource.url", "jdbc:h2:file:./target/h2/nook-" + UUID.randomUUID() + H2_SETTINGS);
                case POSTGRES ->
                    PostgresDatabases.available()
                            ? Map.of(
                                    "spring.datasource.url", PostgresDatabases.createDatabase(),
                                    "spring.datasource.username", PostgresDatabases.user(),
                                    "spring.datasource.password", PostgresDatabases.password())
                            : Map.of();
            };
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("test-database-" + engine, properties));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DatabaseCustomizer that && that.engine == engine;
        }

        @Override
        public int hashCode() {
            return Objects.hash(engine);
        }
    }
}
