package app.nook.billing;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one invoice in full, with its lines and the issuing location, as a printable document shows it. */
@Service
public class InvoiceDocuments {

    private final JdbcClient jdbc;

    InvoiceDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The invoice, provided it belongs to this customer; empty for any other customer's invoice. */
    @Transactional(readOnly = true)
    public Optional<InvoiceDocument> ofCustomer(long customerId, long invoiceId) {
        return jdbc.sql("""
                        select i.id, i.number, i.customer_id, i.issued_on, i.due_on, i.period_start, i.period_end,
                            i.currency, i.total, i.status, l.name as location_name, l.address as location_address,
                            l.city as location_city
                        from invoice i join location l on l.id = i.location_id
                        where i.id = ? and i.customer_id = ?""")
                .params(invoiceId, customerId)
                .query((rs, row) -> new InvoiceDocument(
                        new InvoiceSummary(
                                rs.getLong("id"),
                                rs.getString("number"),
                                rs.getLong("customer_id"),
                                rs.getDate("issued_on").toLocalDate(),
                                rs.getDate("due_on").toLocalDate(),
                                rs.getDate("period_start").toLocalDate(),
                                rs.getDate("period_end").toLocalDate(),
                                rs.getString("currency"),
                                rs.getBigDecimal("total"),
                                rs.getString("status")),
                        rs.getString("location_name"),
                        rs.getString("location_address") + ", " + rs.getString("location_city"),
                        lines(invoiceId)))
                .optional();
    }

    private List<InvoiceLineItem> lines(long invoiceId) {
        return jdbc.sql("""
                        select description, quantity, unit_price, amount from invoice_line
                        where invoice_id = ? order by id""").param(invoiceId).query(InvoiceLineItem.class).list();
    }
}
