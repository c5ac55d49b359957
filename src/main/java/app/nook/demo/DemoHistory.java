package app.nook.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Months of invoices and check-ins for the demo customers, written in batches. The billing run does this for
 * real; the demo only needs the history it would have left.
 */
final class DemoHistory {

    record Billable(
            long customerId,
            long locationId,
            long contractId,
            String planName,
            BigDecimal price,
            int quantity,
            LocalDate start,
            int billingDay,
            LocalDate end) {}

    private static final int MONTHS = 6;

    private final JdbcTemplate jdbc;
    private final Random random;
    private final LocalDate today;

    DemoHistory(JdbcTemplate jdbc, Random random, LocalDate today) {
        this.jdbc = jdbc;
        this.random = random;
        this.today = today;
    }

    /** One invoice per contract and month of the last six, paid except for the most recent. */
    int invoices(List<Billable> contracts) {
        List<Object[]> invoices = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        for (Billable contract : contracts) {
            for (int back = MONTHS; back >= 1; back--) {
                LocalDate periodStart = today.minusMonths(back).withDayOfMonth(contract.billingDay());
                boolean ended = contract.end() != null && periodStart.isAfter(contract.end());
                if (periodStart.isBefore(contract.start()) || ended) {
                    continue;
                }
                String number = "INV-" + jdbc.queryForObject("select nextval('invoice_number_seq')", Long.class);
                BigDecimal total = contract.price().multiply(BigDecimal.valueOf(contract.quantity()));
                invoices.add(new Object[] {
                    number,
                    contract.customerId(),
                    contract.locationId(),
                    Date.valueOf(periodStart),
                    Date.valueOf(periodStart.plusDays(14)),
                    Date.valueOf(periodStart),
                    Date.valueOf(periodStart.plusMonths(1).minusDays(1)),
                    total.setScale(2, RoundingMode.HALF_UP),
                    back == 1 ? "OPEN" : "PAID",
                    contract.contractId()
                });
                lines.add(new Object[] {
                    contract.contractId(),
                    contract.planName(),
                    contract.quantity(),
                    contract.price(),
                    total.setScale(2, RoundingMode.HALF_UP),
                    number
                });
            }
        }
        jdbc.batchUpdate("""
                insert into invoice (number, customer_id, location_id, issued_on, due_on, period_start, period_end,
                    currency, total, status, contract_id)
                values (?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?)""", invoices);
        jdbc.batchUpdate("""
                insert into invoice_line (invoice_id, contract_id, description, quantity, unit_price, amount)
                select id, ?, ?, ?, ?, ? from invoice where number = ?""", lines);
        advanceRenewals(contracts);
        return invoices.size();
    }

    /** Brings each contract's next renewal to this month's billing day, the first period not yet invoiced. */
    private void advanceRenewals(List<Billable> contracts) {
        List<Object[]> renewals = new ArrayList<>();
        for (Billable contract : contracts) {
            LocalDate thisMonth = today.withDayOfMonth(contract.billingDay());
            LocalDate next = thisMonth.isBefore(contract.start()) ? contract.start() : thisMonth;
            renewals.add(new Object[] {Date.valueOf(next), contract.contractId()});
        }
        jdbc.batchUpdate("update contract set next_renewal_date = ? where id = ? and status = 'ACTIVE'", renewals);
    }

    /**
     * Working-day visits over the last three months up to now, more for desk members than for virtual-office ones;
     * those who arrived today and have not left yet are still checked in.
     */
    int checkIns(List<Billable> contracts, ZoneId zone, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        for (Billable contract : contracts) {
            int visitsPerWeek = contract.planName().startsWith("Virtual") ? 0 : 1 + random.nextInt(4);
            for (LocalDate day = today.minusDays(90); !day.isAfter(today); day = day.plusDays(1)) {
                boolean weekday = day.getDayOfWeek().getValue() <= 5;
                if (!weekday || day.isBefore(contract.start()) || random.nextInt(5) >= visitsPerWeek) {
                    continue;
                }
                LocalDateTime in = day.atTime(7 + random.nextInt(4), random.nextInt(60));
                LocalDateTime out = in.plusHours(3 + random.nextInt(7)).plusMinutes(random.nextInt(60));
                if (in.atZone(zone).toInstant().isAfter(now)) {
                    continue;
                }
                rows.add(new Object[] {
                    contract.customerId(),
                    contract.locationId(),
                    Timestamp.from(in.atZone(zone).toInstant()),
                    out.atZone(zone).toInstant().isAfter(now)
                            ? null
                            : Timestamp.from(out.atZone(zone).toInstant())
                });
            }
        }
        jdbc.batchUpdate(
                "insert into check_in (customer_id, location_id, checked_in_at, checked_out_at) values (?, ?, ?, ?)",
                rows);
        return rows.size();
    }
}
