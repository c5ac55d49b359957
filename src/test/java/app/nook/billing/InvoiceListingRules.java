package app.nook.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.support.IntegrationTest;
import app.nook.system.LocationScope;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The invoices list keeps archived customers' invoices out, and filters by status and month of issue. */
abstract class InvoiceListingRules extends IntegrationTest {

    static final String INSERT = """
            insert into invoice (number, customer_id, location_id, issued_on, due_on, period_start, period_end,
                currency, total, status)
            values (?, ?, ?, ?, ?, ?, ?, 'EUR', 200, ?)""";

    @Autowired
    InvoiceListing listing;

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
    void invoicesOfArchivedCustomersAreNeitherListedNorCounted() {
        long live = data.customer(location);
        long archived = data.customer(location);
        invoice("INV-1", live, LocalDate.of(2025, 3, 1), InvoiceStatus.PAID);
        invoice("INV-2", archived, LocalDate.of(2025, 3, 1), InvoiceStatus.PAID);
        lifecycle.archive(Selection.of(archived), "Left", Actor.system());

        var page = listing.page(InvoiceFilter.none(), 1, LocationScope.everywhere());

        assertThat(page.items()).extracting(InvoiceRow::number).containsExactly("INV-1");
        assertThat(page.total()).isEqualTo(1);
        assertThat(data.count("select count(*) from invoice"))
                .as("nothing is deleted")
                .isEqualTo(2);
    }

    @Test
    void invoicesAreFilteredByStatusAndMonthOfIssueNewestFirst() {
        long customer = data.customer(location);
        invoice("INV-FEB", customer, LocalDate.of(2025, 2, 28), InvoiceStatus.OPEN);
        invoice("INV-MAR-1", customer, LocalDate.of(2025, 3, 1), InvoiceStatus.OPEN);
        invoice("INV-MAR-31", customer, LocalDate.of(2025, 3, 31), InvoiceStatus.OPEN);
        invoice("INV-MAR-PAID", customer, LocalDate.of(2025, 3, 15), InvoiceStatus.PAID);
        invoice("INV-APR", customer, LocalDate.of(2025, 4, 1), InvoiceStatus.OPEN);

        var openInMarch = listing.page(
                new InvoiceFilter(InvoiceStatus.OPEN, YearMonth.of(2025, 3)), 1, LocationScope.everywhere());
        var paid = listing.page(new InvoiceFilter(InvoiceStatus.PAID, null), 1, LocationScope.everywhere());

        assertThat(openInMarch.items()).extracting(InvoiceRow::number).containsExactly("INV-MAR-31", "INV-MAR-1");
        assertThat(paid.items()).extracting(InvoiceRow::number).containsExactly("INV-MAR-PAID");
    }

    private void invoice(String number, long customer, LocalDate issued, InvoiceStatus status) {
        jdbc.update(
                INSERT,
                number,
                customer,
                location,
                issued,
                issued.plusDays(14),
                issued,
                issued.plusMonths(1),
                status.name());
    }
}
