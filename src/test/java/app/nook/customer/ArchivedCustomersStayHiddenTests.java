package app.nook.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Listings and reports read customers from {@code live_customer}, which holds no archived customer. Only the code
 * that must see archived customers (loads by id, search, the lifecycle itself, and the location checks of records
 * read by id, whose customer may be archived) may name the {@code customer} table in a query; a new listing that
 * does gets caught here.
 */
class ArchivedCustomersStayHiddenTests {

    private static final Pattern READS_CUSTOMER_TABLE = Pattern.compile("(?i)\\b(from|join)\\s+customer\\b(?!_)");

    private static final Set<String> MAY_SEE_ARCHIVED = Set.of(
            "customer/CustomerStore.java",
            "customer/CustomerExport.java",
            "contract/Contracts.java",
            "billing/Invoices.java",
            "audit/AuditHistory.java",
            "report/ChurnEvents.java",
            "customer/lifecycle/LifecycleStore.java",
            "customer/lifecycle/PortalAccessStore.java",
            "customer/lifecycle/PreviewStore.java",
            "customer/lifecycle/SelectionResolver.java",
            "search/SearchStore.java",
            "portal/PortalAccountStore.java",
            "benchmark/DataGenerator.java",
            "benchmark/GeneratorSql.java",
            "benchmark/BareSql.java");

    @Test
    void onlyCodeThatMustSeeArchivedCustomersReadsTheCustomerTable() throws IOException {
        Path root = Path.of("src/main/java/app/nook");

        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !MAY_SEE_ARCHIVED.contains(
                            root.relativize(path).toString().replace('\\', '/')))
                    .filter(ArchivedCustomersStayHiddenTests::readsCustomerTable)
                    .map(path -> root.relativize(path).toString())
                    .toList();
        }

        assertThat(offenders)
                .as("classes that read the customer table instead of live_customer")
                .isEmpty();
    }

    @Test
    void theRuleNoticesAQueryOnTheCustomerTable() {
        assertThat(READS_CUSTOMER_TABLE
                        .matcher("select id from customer where 1 = 1")
                        .find())
                .isTrue();
        assertThat(READS_CUSTOMER_TABLE
                        .matcher("select 1 from x join Customer c on c.id = x.id")
                        .find())
                .isTrue();
        assertThat(READS_CUSTOMER_TABLE.matcher("select id from live_customer").find())
                .isFalse();
        assertThat(READS_CUSTOMER_TABLE.matcher("delete from customer_tag").find())
                .isFalse();
    }

    private static boolean readsCustomerTable(Path path) {
        try {
            return READS_CUSTOMER_TABLE.matcher(Files.readString(path)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
