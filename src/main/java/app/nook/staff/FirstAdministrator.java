package app.nook.staff;

import app.nook.system.DemoMode;
import app.nook.system.NookProperties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives an empty database its first administrator: the one named by {@code NOOK_ADMIN_EMAIL} and
 * {@code NOOK_ADMIN_PASSWORD}, or in demo mode {@code admin@demo.nook} with password {@code demo}.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    static final String DEMO_EMAIL = "admin@demo.nook";
    static final String DEMO_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffAccounts accounts;
    private final NookProperties properties;
    private final DemoMode demoMode;

    FirstAdministrator(StaffAccounts accounts, NookProperties properties, DemoMode demoMode) {
        this.accounts = accounts;
        this.properties = properties;
        this.demoMode = demoMode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }

        NookProperties.Admin admin = properties.admin();
        if (admin.isConfigured()) {
            if (admin.password() == null || admin.password().isBlank()) {
                throw new IllegalStateException("NOOK_ADMIN_EMAIL is set but NOOK_ADMIN_PASSWORD is empty");
            }
            accounts.create(admin.email(), "Administrator", admin.password(), Set.of(Role.ADMINISTRATOR));
            log.info("Created the first administrator from NOOK_ADMIN_EMAIL");
        } else if (demoMode.isEnabled()) {
            accounts.create(DEMO_EMAIL, "Demo Administrator", DEMO_PASSWORD, Set.of(Role.ADMINISTRATOR));
            log.info("Demo mode: sign in as {} with password '{}'", DEMO_EMAIL, DEMO_PASSWORD);
        } else {
            log.warn("No staff user exists: set NOOK_ADMIN_EMAIL and NOOK_ADMIN_PASSWORD to create the first one");
        }
    }
}
