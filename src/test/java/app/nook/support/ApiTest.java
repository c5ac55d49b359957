package app.nook.support;

import app.nook.api.ApiScope;
import app.nook.api.ApiTokens;
import app.nook.staff.Role;
import app.nook.staff.StaffAccounts;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application on a real port and a real database, called through its JSON API by staff tokens. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "nook.demo-data=false",
            "nook.files.directory=./target/test-files",
            "logging.level.app.nook.customer.lifecycle.ChunkRunner=error"
        })
public abstract class ApiTest extends IntegrationTest {

    protected static final String PASSWORD = "correct horse battery";

    private static final AtomicInteger STAFF = new AtomicInteger();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected StaffAccounts staffAccounts;

    @Autowired
    protected ApiTokens tokens;

    protected long location;

    @BeforeEach
    void setUpLocation() {
        jdbc.update("delete from sign_in_failure");
        location = data.location();
    }

    /** A new staff user with the given role. */
    protected String staff(Role role) {
        String email = role.name().toLowerCase() + STAFF.incrementAndGet() + "@staff.example";
        staffAccounts.create(email, "Staff " + email, PASSWORD, Set.of(role));
        return email;
    }

    /** A client with a token of a new staff user of the given role, holding the given scopes. */
    protected ApiClient as(Role role, ApiScope... scopes) {
        return ApiClient.bearer(port, secretOf(staff(role), scopes));
    }

    /** An administrator's client with every scope. */
    protected ApiClient admin() {
        return as(Role.ADMINISTRATOR, ApiScope.values());
    }

    protected String secretOf(String staffEmail, ApiScope... scopes) {
        Set<ApiScope> set = scopes.length == 0 ? EnumSet.noneOf(ApiScope.class) : EnumSet.of(scopes[0], scopes);
        return tokens.issue(staffEmail, "test token", set).secret();
    }
}
