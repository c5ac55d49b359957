package app.nook.customer.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.nook.customer.Customers;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.staff.Permission;
import app.nook.support.IntegrationTest;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The admin panel's customer pages through MockMvc, on the whole application with a real database. */
@AutoConfigureMockMvc
abstract class RecordWebTest extends IntegrationTest {

    static final String STAFF = "manager@example.com";

    @Autowired
    MockMvc mvc;

    @Autowired
    Customers customers;

    @Autowired
    CustomerLifecycle lifecycle;

    long location;

    @BeforeEach
    void setUpLocation() {
        location = data.location();
    }

    /** A signed-in staff user holding every permission. */
    static RequestPostProcessor staff() {
        return user(STAFF)
                .authorities(Arrays.stream(Permission.values())
                        .map(p -> new SimpleGrantedAuthority(p.name()))
                        .toList());
    }

    /** A signed-in staff user holding only the given permissions. */
    static RequestPostProcessor staffWith(Permission... permissions) {
        return user(STAFF)
                .authorities(Arrays.stream(permissions)
                        .map(p -> new SimpleGrantedAuthority(p.name()))
                        .toList());
    }
}
