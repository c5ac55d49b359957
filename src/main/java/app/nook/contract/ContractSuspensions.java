package app.nook.contract;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspends and resumes the contracts of customers being archived or restored, a whole set of customers per
 * statement. Called only from inside the customer lifecycle's transaction.
 */
@Service
public class ContractSuspensions {

    private static final int STATEMENT_ROWS = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    ContractSuspensions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Suspends every active contract of these customers and marks it as suspended by the archive. Contracts in
     * any other status are left as they are.
     *
     * @return the contracts it suspended
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ContractChange> suspendForArchive(Collection<Long> customerIds, Instant now) {
        var params = new MapSqlParameterSource("customers", customerIds).addValue("now", Timestamp.from(now));
        List<ContractChange> suspended = jdbc.query(
                "select id, customer_id from contract where customer_id in (:customers) and status = 'ACTIVE'",
                params,
                (rs, row) -> new ContractChange(rs.getLong(1), rs.getLong(2), ContractStatus.SUSPENDED));

        jdbc.update("""
                update contract set status = 'SUSPENDED', suspended_by_archive = true, updated_at = :now
                where customer_id in (:customers) and status = 'ACTIVE'""", params);
        return suspended;
    }

    /**
     * Gives back what {@link #suspendForArchive} took: contracts it suspended become active again, with their next
     * renewal as {@link Renewals#afterRestore} says (nothing is billed for the archived time), except those whose end
     * date passed meanwhile, which end. Contracts suspended for other reasons stay suspended. Two statements, whatever
     * the number of contracts.
     *
     * @return the contracts it resumed or ended
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ContractChange> resumeAfterRestore(Collection<Long> customerIds, LocalDate today, Instant now) {
        var params = new MapSqlParameterSource("customers", customerIds);
        List<ContractChange> changes = new ArrayList<>();
        Map<Long, LocalDate> resumed = new LinkedHashMap<>();
        List<Long> ended = new ArrayList<>();
        jdbc.query("""
                        select k.id, k.customer_id, k.end_date, k.billing_day, k.next_renewal_date, p.billing_period
                        from contract k join plan p on p.id = k.plan_id
                        where k.customer_id in (:customers) and k.suspended_by_archive""", params, rs -> {
            Date end = rs.getDate("end_date");
            if (end != null && end.toLocalDate().isBefore(today)) {
                changes.add(new ContractChange(rs.getLong("id"), rs.getLong("customer_id"), ContractStatus.ENDED));
                ended.add(rs.getLong("id"));
                return;
            }
            Date pending = rs.getDate("next_renewal_date");
            LocalDate renewal = Renewals.afterRestore(
                    pending == null ? null : pending.toLocalDate(),
                    rs.getInt("billing_day"),
                    BillingPeriod.valueOf(rs.getString("billing_period")).months(),
                    today);
            changes.add(new ContractChange(rs.getLong("id"), rs.getLong("customer_id"), ContractStatus.ACTIVE));
            resumed.put(rs.getLong("id"), renewal);
        });

        if (!ended.isEmpty()) {
            String sql = """
                    update contract set status = 'ENDED', suspended_by_archive = false, next_renewal_date = null,
                        updated_at = :now
                    where id in (:ids)""";
            jdbc.update(sql, new MapSqlParameterSource("ids", ended).addValue("now", Timestamp.from(now)));
        }
        if (!resumed.isEmpty()) {
            resume(resumed, now);
        }
        return changes;
    }

    /** Makes the contracts active again with their new renewal dates, a statement per thousand contracts. */
    private void resume(Map<Long, LocalDate> renewals, Instant now) {
        List<Map.Entry<Long, LocalDate>> all = List.copyOf(renewals.entrySet());
        for (int start = 0; start < all.size(); start += STATEMENT_ROWS) {
            List<Map.Entry<Long, LocalDate>> slice = all.subList(start, Math.min(all.size(), start + STATEMENT_ROWS));
            List<Object> params = new ArrayList<>(slice.size() * 2 + 1);
            slice.forEach(renewal -> {
                params.add(renewal.getKey());
                params.add(Date.valueOf(renewal.getValue()));
            });
            params.add(Timestamp.from(now));

            String rows = String.join(", ", Collections.nCopies(slice.size(), "(cast(? as bigint), cast(? as date))"));
            jdbc.getJdbcTemplate().update("""
                    merge into contract k using (values %s) as r (id, renewal) on k.id = r.id
                    when matched then update set status = 'ACTIVE', suspended_by_archive = false,
                        next_renewal_date = r.renewal, updated_at = ?""".formatted(rows), params.toArray());
        }
    }
}
