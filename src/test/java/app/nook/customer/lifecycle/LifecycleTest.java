package app.nook.customer.lifecycle;

import app.nook.customer.Customers;
import app.nook.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** What every lifecycle test starts from: one location with one plan. */
abstract class LifecycleTest extends IntegrationTest {

    @Autowired
    CustomerLifecycle lifecycle;

    @Autowired
    Customers customers;

    long location;
    long plan;

    @BeforeEach
    void setUpLocationAndPlan() {
        location = data.location();
        plan = data.plan(location);
    }
}
