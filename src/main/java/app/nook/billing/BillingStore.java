package app.nook.billing;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The billing run's statements: due contracts in, invoices, lines and new renewal dates out, in batches. */
@Repository
class BillingStore {

    private final JdbcTemplate jdbc;

    BillingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Active contracts whose renewal has come, of customers who are not archived, locked until the run ends. */
    List<DueContract> dueContracts(LocalDate runDate) {
        return jdbc.query(
                """
                select k.id, k.customer_id, p.location_id, p.name, p.currency, p.billing_period, k.price, k.quantity,
                    k.start_date, k.next_renewal_date, k.end_date,
                    exists (select 1 from invoice i where i.contract_id = k.id) as invoiced_before
                from contract k
                join live_customer c on c.id = k.customer_id
                join plan p on p.id = k.plan_id
                where k.status = 'ACTIVE' and k.next_renewal_date <= ?
                order by k.id""",
                (rs, row) -> new DueContract(
                        rs.getLong("id"),
                        rs.getLong("customer_id"),
                        rs.getLong("location_id"),
                        rs.getString("name"),
                        rs.getString("currency"),
                        rs.getString("billing_period"),
                        rs.getBigDecimal("price"),
                        rs.getInt("quantity"),
                        rs.getDate("start_date").toLocalDate(),
                        rs.getDate("next_renewal_date").toLocalDate(),
                        rs.getDate("end_date") == null
                                ? null
                                : rs.getDate("end_date").toLocalDate(),
                        rs.getBoolean("invoiced_before")),
                Date.valueOf(runDate));
    }

    /** Writes the invoices and their lines, and moves each contract's renewal past its last invoiced period. */
    void write(List<InvoiceDraft> drafts, LocalDate runDate) {
        List<Object[]> invoices = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> renewals = new ArrayList<>();
        for (InvoiceDraft draft : drafts) {
            var contract = draft.contract();
            invoices.add(new Object[] {
                contract.customerId(),
                contract.locationId(),
                Date.valueOf(runDate),
                Date.valueOf(runDate.plusDays(14)),
                Date.valueOf(draft.periodStart()),
                Date.valueOf(draft.periodEnd()),
                contract.currency(),
                draft.total(),
                contract.id()
            });
            for (InvoiceDraft.Line line : draft.lines()) {
                lines.add(new Object[] {
                    contract.id(),
                    line.description(),
                    line.quantity(),
                    line.unitPrice(),
                    line.amount(),
                    contract.id(),
                    Date.valueOf(draft.periodStart())
                });
            }
            renewals.add(new Object[] {Date.valueOf(draft.periodEnd().plusDays(1)), contract.id()});
        }
        jdbc.batchUpdate("""
                insert into invoice (number, customer_id, location_id, issued_on, due_on, period_start, period_end,
                    currency, total, status, contract_id)
                values (concat('INV-', cast(nextval('invoice_number_seq') as varchar(20))), ?, ?, ?, ?, ?, ?, ?, ?,
                    'OPEN', ?)""", invoices);
        jdbc.batchUpdate("""
                insert into invoice_line (invoice_id, contract_id, description, quantity, unit_price, amount)
                select i.id, ?, ?, ?, ?, ? from invoice i where i.contract_id = ? and i.period_start = ?""", lines);
        jdbc.batchUpdate("update contract set next_renewal_date = ? where id = ?", renewals);
    }

    /** Due contracts the run leaves alone: suspended by an archive, or suspended for any other reason. */
    int dueButSuspended(LocalDate runDate, boolean byArchive) {
        String sql = """
                select count(*) from contract k
                where k.status = 'SUSPENDED' and k.suspended_by_archive = ? and k.next_renewal_date <= ?""";
        Integer count = jdbc.queryForObject(sql, Integer.class, byArchive, Date.valueOf(runDate));
        return count == null ? 0 : count;
    }
}
