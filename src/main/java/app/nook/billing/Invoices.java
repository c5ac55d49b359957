package app.nook.billing;

import app.nook.system.NotFoundException;
import java.util.List;
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
     * One invoice, whoever it was issued to, archived customers included.
     *
     * @throws NotFoundException when there is no such invoice
     */
    @Transactional(readOnly = true)
    public InvoiceSummary get(long id) {
        return jdbc.sql("""
                        select id, number, customer_id, issued_on, due_on, period_start, period_end, currency, total,
                            status
                        from invoice where id = ?""")
                .param(id)
                .query(InvoiceSummary.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Invoice", id));
    }
}
