package app.nook;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages depend on each other only through what they expose, and never in a cycle. */
class ModularityTests {

    @Test
    void featurePackagesRespectTheirBoundaries() {
        ApplicationModules.of(NookApplication.class).verify();
    }
}
