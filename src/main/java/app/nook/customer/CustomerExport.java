package app.nook.customer;

import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.Permission;
import app.nook.system.CsvCells;
import app.nook.system.LocationScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes customers as CSV, a chunk of rows per query, so that large exports stream rather than pile up. */
@Service
public class CustomerExport {

    static final List<String> COLUMNS = List.of(
            "id",
            "kind",
            "full_name",
            "email",
            "phone",
            "company_name",
            "billing_street",
            "billing_postal_code",
            "billing_city",
            "billing_country",
            "tax_id",
            "home_location",
            "registered_on",
            "suspended",
            "archived_at",
            "archived_by",
            "archive_reason");

    private static final Logger log = LoggerFactory.getLogger(CustomerExport.class);
    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final CustomerListing listing;

    CustomerExport(NamedParameterJdbcTemplate jdbc, CustomerListing listing) {
        this.jdbc = jdbc;
        this.listing = listing;
    }

    /**
     * Writes one header line and one line per selected customer, in id order; customers outside the actor's
     * locations are left out.
     */
    @Transactional(readOnly = true)
    public void write(Selection selection, Actor actor, Writer out) throws IOException {
        actor.require(Permission.VIEW_CUSTOMERS);
        List<Long> ids =
                selection.filter() != null ? listing.ids(selection.filter(), actor.locations()) : selection.ids();

        try (var printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get())) {
            for (int start = 0; start < ids.size(); start += CHUNK) {
                writeChunk(printer, ids.subList(start, Math.min(ids.size(), start + CHUNK)), actor.locations());
            }
        }
        log.info("{} exported {} customers as CSV", actor.name(), ids.size());
    }

    private void writeChunk(CSVPrinter printer, List<Long> ids, LocationScope scope) {
        String sql = """
                select c.id, c.kind, c.full_name, c.email, c.phone, c.company_name, c.billing_street,
                    c.billing_postal_code, c.billing_city, c.billing_country, c.tax_id, l.name as home_location,
                    c.registered_on, c.suspended, c.archived_at, c.archived_by, c.archive_reason
                from customer c join location l on l.id = c.home_location_id
                where c.id in (:ids) and c.erased_at is null %s order by c.id""";
        var params = scope.addTo(new MapSqlParameterSource("ids", ids));
        jdbc.query(sql.formatted(scope.condition("c.home_location_id")), params, rs -> {
            try {
                for (int column = 1; column <= COLUMNS.size(); column++) {
                    printer.print(CsvCells.defused(rs.getObject(column)));
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
