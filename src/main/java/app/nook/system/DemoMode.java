package app.nook.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this instance fills an empty database with demo data: as {@code NOOK_DEMO_DATA} says, and when that is
 * unset, only on the embedded database.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(NookProperties properties, @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.enabled = properties.demoData() != null ? properties.demoData() : datasourceUrl.startsWith("jdbc:h2:");
    }

    public boolean isEnabled() {
        return enabled;
    }
}
