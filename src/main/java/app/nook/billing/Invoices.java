package app.nook.billing;

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
}
