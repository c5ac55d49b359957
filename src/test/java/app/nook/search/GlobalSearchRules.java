package app.nook.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.nook.customer.CustomerKind;
import app.nook.customer.CustomerProfile;
import app.nook.customer.Customers;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.search.SearchResults.CustomerHit;
import app.nook.staff.Actor;
import app.nook.support.IntegrationTest;
import app.nook.system.InvalidInputException;
import app.nook.system.LocationScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Global search finds customers, archived ones marked, erased ones never, and contracts and invoices by number. */
abstract class GlobalSearchRules extends IntegrationTest {

    @Autowired
    GlobalSearch search;

    @Autowired
    Customers customers;

    @Autowired
    CustomerLifecycle lifecycle;

    @Autowired
    JdbcTemplate jdbc;

    long location;

    @BeforeEach
    void setUpLocation() {
        location = data.location();
    }

    @Test
    void archivedCustomersAreFoundAndMarkedArchived() {
        long live = customer("Grace Hopper", "grace@example.com", null, null);
        long archived = customer("Grace Archived", "old-grace@example.com", null, null);
        lifecycle.archive(Selection.of(archived), "Moved away", Actor.system());

        SearchResults results = search.search("grace", LocationScope.everywhere());

        assertThat(results.customers())
                .extracting(CustomerHit::id, CustomerHit::archived)
                .containsExactly(tuple(live, false), tuple(archived, true));
    }

    @Test
    void erasedCustomersAreNeverFound() {
        long erased = customer("Erin Erased", "erin@example.com", "+49 30 777", "Erin Ltd");
        lifecycle.archive(Selection.of(erased), "Left", Actor.system());
        lifecycle.erase(Selection.of(erased), "Data protection request", Actor.system());

        assertThat(search.search("erin", LocationScope.everywhere()).customers())
                .isEmpty();
        assertThat(search.search("erased", LocationScope.everywhere()).customers())
                .isEmpty();
        assertThat(search.search("777", LocationScope.everywhere()).customers()).isEmpty();
    }

    @Test
    void customersAreFoundByEmailCompanyOrPhoneWhateverTheCase() {
        long customer = customer("Ada Lovelace", "ada@engines.example", "+44 20 7946 0018", "Analytical Engines");
        customer("Someone Else", "else@example.com", "+49 30 111", "Other GmbH");

        assertThat(ids("ENGINES.EXAMPLE")).containsExactly(customer);
        assertThat(ids("analytical eng")).containsExactly(customer);
        assertThat(ids("7946 0018")).containsExactly(customer);
        assertThat(ids("79460018")).as("a phone number typed without spaces").containsExactly(customer);
        assertThat(ids("lovelace")).containsExactly(customer);
    }

    @Test
    void anEditedCustomerIsFoundByWhatTheyAreNowAndNotByWhatTheyWere() {
        long customer = customer("Mary Jackson", "mary@old.example", "+1 757 555 0100", "Old Works");
        long version = customers.get(customer).version();

        customers.update(
                customer,
                version,
                profile("Mary Winston", "mary@nasa.example", "+1 757 864 1000", "NASA"),
                Actor.system());

        assertThat(ids("winston")).containsExactly(customer);
        assertThat(ids("nasa.example")).containsExactly(customer);
        assertThat(ids("8641000")).containsExactly(customer);
        assertThat(ids("jackson")).isEmpty();
        assertThat(ids("old works")).isEmpty();
        assertThat(ids("555 0100")).isEmpty();
    }

    @Test
    void likeWildcardsInTheQueryMatchOnlyThemselves() {
        long percent = customer("Percy", "percy@example.com", null, "100% Coworking");
        long underscore = customer("Una", "una_desk@example.com", null, null);
        customer("Plain", "plain@example.com", null, "Plain Company");

        assertThat(ids("%")).containsExactly(percent);
        assertThat(ids("_")).containsExactly(underscore);
        assertThat(ids("0% c")).containsExactly(percent);
        assertThat(ids("\\")).isEmpty();
    }

    @Test
    void quotesUnicodeAndControlCharactersAreSearchedLiterally() {
        long quoted = customer("Siobhán O'Brien", "siobhan@example.com", null, null);
        long accented = customer("Zoë Ñúñez", "zoe@example.com", null, "Café \"Élan\"");

        assertThat(ids("o'brien")).containsExactly(quoted);
        assertThat(ids("siobhán")).containsExactly(quoted);
        assertThat(ids("zoë")).containsExactly(accented);
        assertThat(ids("\"élan\"")).containsExactly(accented);
        assertThat(ids("zo\u0000ë")).as("a NUL character is dropped").containsExactly(accented);
        assertThat(ids("'; drop table customer; --")).isEmpty();
    }

    @Test
    void aBlankQuerySearchesNothing() {
        customer("Ada Lovelace", "ada@example.com", null, null);

        assertThat(search.search(null, LocationScope.everywhere())).isNull();
        assertThat(search.search("   ", LocationScope.everywhere())).isNull();
    }

    @Test
    void aQueryLongerThanTwoHundredCharactersIsRefused() {
        String query = "a".repeat(201);

        assertThatThrownBy(() -> search.search(query, LocationScope.everywhere()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("q"));
        assertThat(search.search("a".repeat(200), LocationScope.everywhere()).customers())
                .isEmpty();
    }

    @Test
    void manyMatchingCustomersAreCutAtTheLimitAndSaySo() {
        for (int i = 0; i < GlobalSearch.CUSTOMER_LIMIT + 1; i++) {
            customer("Twin " + i, "twin" + i + "@example.com", null, null);
        }

        SearchResults results = search.search("twin", LocationScope.everywhere());

        assertThat(results.customers()).hasSize(GlobalSearch.CUSTOMER_LIMIT);
        assertThat(results.moreCustomers()).isTrue();
        assertThat(search.search("twin 1", LocationScope.everywhere()).moreCustomers())
                .isFalse();
    }

    @Test
    void contractsAndInvoicesAreFoundByTheStartOfTheirNumber() {
        long customer = customer("Ada Lovelace", "ada@example.com", null, null);
        long contract = data.activeContract(customer, data.plan(location));
        String contractNumber = jdbc.queryForObject("select number from contract where id = ?", String.class, contract);
        invoice(customer, "INV-5001");
        invoice(customer, "INV-6001");

        SearchResults byInvoice = search.search("inv-50", LocationScope.everywhere());
        SearchResults byContract = search.search(contractNumber.toLowerCase(), LocationScope.everywhere());

        assertThat(byInvoice.invoices())
                .extracting(SearchResults.InvoiceHit::number)
                .containsExactly("INV-5001");
        assertThat(byInvoice.invoices().get(0).customerId()).isEqualTo(customer);
        assertThat(byContract.contracts())
                .extracting(SearchResults.ContractHit::id)
                .containsExactly(contract);
        assertThat(search.search("5001", LocationScope.everywhere()).invoices())
                .as("only the start of a number matches")
                .isEmpty();
    }

    private long customer(String name, String email, String phone, String company) {
        return customers.create(profile(name, email, phone, company), Actor.system());
    }

    private CustomerProfile profile(String name, String email, String phone, String company) {
        return new CustomerProfile(
                CustomerKind.INDIVIDUAL,
                name,
                email,
                phone,
                company,
                null,
                null,
                null,
                null,
                null,
                null,
                location,
                Set.of());
    }

    private void invoice(long customerId, String number) {
        LocalDate today = LocalDate.now();
        String insert = """
                insert into invoice (number, customer_id, location_id, issued_on, due_on, period_start, period_end,
                    currency, total, status)
                values (?, ?, ?, ?, ?, ?, ?, 'EUR', 200, 'OPEN')""";

        jdbc.update(insert, number, customerId, location, today, today.plusDays(14), today, today.plusMonths(1));
    }

    private List<Long> ids(String query) {
        return search.search(query, LocationScope.everywhere()).customers().stream()
                .map(CustomerHit::id)
                .toList();
    }
}
