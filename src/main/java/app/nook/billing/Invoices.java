package app.nook.billing;

import app.nook.staff.Actor;
import app.nook.staff.Permission;
import app.nook.system.NotFoundException;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads invoices. Archiving a customer keeps every invoice; lists leave archived customers' invoices out. */
@Service
public class Invoices {

    private static final String OF_CUSTOMER = """
            select id, number, customer_id, issued_on, due_on, period_start, period_end, currency, total, status
            from invoice where customer_id = ? order by issued_on desc, id desc""";

    private final JdbcClient jdbc;

    Invoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every invoice of one customer, archived or not, newest first. */
    @Transactional(readOnly = true)
    public List<InvoiceSummary> ofCustomer(long customerId) {
        return jdbc.sql(OF_CUSTOMER)
                .param(customerId)
                .query(InvoiceSummary.class)
                .list();
    }

    /**
     * One invoice, archived customers' included, provided its customer lies in the actor's locations.
     *
     * @throws NotFoundException when there is no such invoice in the actor's locations
     */
    @Transactional(readOnly = true)
    public InvoiceSummary get(long id, Actor actor) {
        actor.require(Permission.MANAGE_BILLING);
        String sql = """
                select i.id, i.number, i.customer_id, i.issued_on, i.due_on, i.period_start, i.period_end,
                    i.currency, i.total, i.status
                from invoice i join customer c on c.id = i.customer_id
                where i.id = :id""";
        return jdbc.sql(sql + actor.locations().condition("c.home_location_id"))
                .paramSource(actor.locations().addTo(new MapSqlParameterSource("id", id)))
                .query(InvoiceSummary.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Invoice", id));
    }
}
