package app.nook.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real database, emptied before each test. Demo data stays off so that each test
 * builds exactly the records it reasons about.
 */
@OnH2
@SpringBootTest(
        properties = {
            "nook.demo-data=false",
            "nook.files.directory=./target/test-files",
            "nook.webhooks.poll-interval=1h",
            "logging.level.app.nook.customer.lifecycle.ChunkRunner=error"
        })
@Import(TestData.class)
public abstract class IntegrationTest {

    @Autowired
    protected TestData data;

    @BeforeEach
    void emptyDatabase() {
        data.deleteEverything();
    }
}
