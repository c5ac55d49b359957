package app.nook.billing;

import app.nook.system.LocationScope;
import app.nook.system.ResultPage;
import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The invoices list. It joins {@code live_customer}, so archived customers' invoices are kept but not listed. */
@Service
public class InvoiceListing {

    public static final int PAGE_SIZE = 25;

    private static final String FROM = """
            from invoice i join live_customer c on c.id = i.customer_id
            """;
    private static final String COUNT = "select count(*) " + FROM + "%s";
    private static final String PAGE = """
            select i.id, i.number, i.customer_id, c.full_name as customer_name, i.issued_on, i.due_on, i.total,
                i.currency, i.status
            """ + FROM + """
            %s
            order by i.issued_on desc, i.id desc
            limit :limit offset :offset""";

    private final JdbcClient jdbc;

    InvoiceListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of invoices of live customers in the scope's locations, newest first. */
    @Transactional(readOnly = true)
    public ResultPage<InvoiceRow> page(InvoiceFilter filter, int number, LocationScope scope) {
        var params = scope.addTo(new MapSqlParameterSource())
                .addValue("limit", PAGE_SIZE)
                .addValue("offset", ResultPage.offset(number, PAGE_SIZE));
        StringBuilder where = new StringBuilder("where 1 = 1").append(scope.condition("c.home_location_id"));
        if (filter.status() != null) {
            where.append(" and i.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.issuedIn() != null) {
            where.append(" and i.issued_on >= :monthStart and i.issued_on < :nextMonthStart");
            params.addValue("monthStart", Date.valueOf(filter.issuedIn().atDay(1)));
            params.addValue(
                    "nextMonthStart",
                    Date.valueOf(filter.issuedIn().plusMonths(1).atDay(1)));
        }

        long total = jdbc.sql(COUNT.formatted(where))
                .paramSource(params)
                .query(Long.class)
                .single();
        List<InvoiceRow> rows = jdbc.sql(PAGE.formatted(where))
                .paramSource(params)
                .query(InvoiceRow.class)
                .list();
        return new ResultPage<>(rows, number, PAGE_SIZE, total);
    }
}
