package app.nook.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.support.IntegrationTest;
import app.nook.system.InvalidInputException;
import app.nook.system.LocationScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The members list counts up to a bound and pages by number or by cursor, in every order, to the same rows. */
@TestPropertySource(properties = "nook.customers.count-limit=" + CustomerListingRules.LIMIT)
abstract class CustomerListingRules extends IntegrationTest {

    static final int LIMIT = 6;
    private static final CustomerFilter ACTIVE = CustomerFilter.of(CustomerView.ACTIVE);

    @Autowired
    CustomerListing listing;

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
    void theTotalIsExactUpToTheBound() {
        customers(LIMIT);

        CustomerPage page = listing.page(ACTIVE, CustomerSort.NEWEST, 0, 4, LocationScope.everywhere());

        assertThat(page.total()).isEqualTo(LIMIT);
        assertThat(page.totalExact()).isTrue();
        assertThat(page.pageCount()).isEqualTo(2);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void beyondTheBoundThePageSaysMoreThanAndTheExactCountStaysAvailable() {
        customers(LIMIT + 3);

        CustomerPage page = listing.page(ACTIVE, CustomerSort.NEWEST, 0, 4, LocationScope.everywhere());

        assertThat(page.total()).isEqualTo(LIMIT);
        assertThat(page.totalExact()).isFalse();
        assertThat(page.pageCount()).isZero();
        assertThat(listing.count(ACTIVE, LocationScope.everywhere())).isEqualTo(LIMIT + 3);
        assertThat(listing.countUpTo(ACTIVE, LIMIT, LocationScope.everywhere())).isEqualTo(LIMIT + 1);
    }

    @Test
    void archivedCustomersLeaveTheBoundedTotalAtOnce() {
        List<Long> ids = customers(LIMIT + 1);

        lifecycle.archive(Selection.of(ids.get(0)), null, Actor.system());
        CustomerPage page = listing.page(ACTIVE, CustomerSort.NAME, 0, 4, LocationScope.everywhere());

        assertThat(page.totalExact()).isTrue();
        assertThat(page.total()).isEqualTo(LIMIT);
    }

    @Test
    void followingNextCursorsReadEveryRowOnceInEachOrder() {
        List<Long> ids = customers(LIMIT + 3);

        for (CustomerSort sort : CustomerSort.values()) {
            List<Long> byNumber = new ArrayList<>();
            for (int number = 0; number < 4; number++) {
                listing.page(ACTIVE, sort, number, 3, LocationScope.everywhere())
                        .rows()
                        .forEach(row -> byNumber.add(row.id()));
            }
            assertThat(walkForward(sort, 3)).as("order %s", sort).isEqualTo(byNumber);
            assertThat(byNumber).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void aPreviousCursorReadsThePageBeforeInEachOrder() {
        customers(LIMIT + 3);

        for (CustomerSort sort : CustomerSort.values()) {
            CustomerPage second = listing.page(ACTIVE, sort, 1, 3, LocationScope.everywhere());
            CustomerPage third = listing.pageAfter(ACTIVE, second.next(), 2, 3, LocationScope.everywhere());

            CustomerPage back = listing.pageBefore(ACTIVE, third.previous(), 1, 3, LocationScope.everywhere());
            CustomerPage first = listing.pageBefore(ACTIVE, back.previous(), 0, 3, LocationScope.everywhere());

            assertThat(back.rows()).as("order %s", sort).isEqualTo(second.rows());
            assertThat(back.page()).isEqualTo(1);
            assertThat(back.next()).isEqualTo(second.next());
            assertThat(first.rows())
                    .isEqualTo(listing.page(ACTIVE, sort, 0, 3, LocationScope.everywhere())
                            .rows());
            assertThat(first.page()).isZero();
            assertThat(first.previous()).isNull();
        }
    }

    @Test
    void theLastPageHasNoNextCursor() {
        customers(4);

        CustomerPage first = listing.page(ACTIVE, CustomerSort.NAME, 0, 2, LocationScope.everywhere());
        CustomerPage last = listing.pageAfter(ACTIVE, first.next(), 1, 2, LocationScope.everywhere());

        assertThat(last.rows()).hasSize(2);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.next()).isNull();
    }

    @Test
    void aCursorTravelsAsATokenAndIsRefusedForAnotherOrder() {
        customers(3);
        CustomerCursor next = listing.page(ACTIVE, CustomerSort.NEWEST, 0, 2, LocationScope.everywhere())
                .next();

        CustomerCursor read = CustomerCursor.parse(next.token(), CustomerSort.NEWEST, "after");

        assertThat(read).isEqualTo(next);
        assertThatThrownBy(() -> CustomerCursor.parse(next.token(), CustomerSort.NAME, "after"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CustomerCursor.parse("not a cursor", CustomerSort.NAME, "after"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSearchPagesItsMatchesInOrderWhetherFewOrMoreThanTheBoundMatch() {
        customers(LIMIT + 3);
        var few = new CustomerFilter(CustomerView.ACTIVE, "customer b", null, null, null);
        var many = new CustomerFilter(CustomerView.ACTIVE, "CUSTOMER", null, null, null);

        for (CustomerSort sort : CustomerSort.values()) {
            List<Long> all = ids(listing.page(ACTIVE, sort, 0, LIMIT + 3, LocationScope.everywhere()));
            List<Long> named = all.stream()
                    .filter(id ->
                            data.count("select count(*) from customer where id = ? and full_name = 'Customer B'", id)
                                    == 1)
                    .toList();

            CustomerPage fewPage = listing.page(few, sort, 0, 2, LocationScope.everywhere());
            CustomerPage fewRest = listing.pageAfter(few, fewPage.next(), 1, 2, LocationScope.everywhere());
            CustomerPage manyPage = listing.page(many, sort, 1, 4, LocationScope.everywhere());
            CustomerPage beyondTheEnd = listing.page(few, sort, 5, 2, LocationScope.everywhere());

            assertThat(named).hasSize(3);
            assertThat(fewPage.totalExact()).isTrue();
            assertThat(fewPage.total()).isEqualTo(3);
            assertThat(ids(fewPage)).as("order %s", sort).isEqualTo(named.subList(0, 2));
            assertThat(ids(fewRest)).isEqualTo(named.subList(2, 3));
            assertThat(beyondTheEnd.rows()).isEmpty();
            assertThat(beyondTheEnd.total()).isEqualTo(3);
            assertThat(manyPage.totalExact()).isFalse();
            assertThat(ids(manyPage)).isEqualTo(all.subList(4, 8));
        }
    }

    private static List<Long> ids(CustomerPage page) {
        return page.rows().stream().map(CustomerRow::id).toList();
    }

    private List<Long> walkForward(CustomerSort sort, int size) {
        List<Long> seen = new ArrayList<>();
        CustomerPage page = listing.page(ACTIVE, sort, 0, size, LocationScope.everywhere());
        page.rows().forEach(row -> seen.add(row.id()));
        while (page.hasNext()) {
            page = listing.pageAfter(ACTIVE, page.next(), page.page() + 1, size, LocationScope.everywhere());
            page.rows().forEach(row -> seen.add(row.id()));
        }
        return seen;
    }

    // Names and registration dates repeat, so that the id has to settle the order.
    private List<Long> customers(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "Customer " + (char) ('A' + i % 3);
            long id = data.customers()
                    .create(data.profile(location, name, "listed" + i + "@example.com", Set.of()), Actor.system());
            jdbc.update("update customer set registered_on = ? where id = ?", LocalDate.of(2024, 1, 1 + i % 2), id);
            ids.add(id);
        }
        return ids;
    }
}
