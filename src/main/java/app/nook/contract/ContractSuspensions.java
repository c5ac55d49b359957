package app.nook.contract;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
     * Gives back what {@link #suspendForArchive} took: contracts it suspended become active again with their next
     * renewal on the first billing day from {@code today} (nothing is billed for the archived time), except those
     * whose end date passed meanwhile, which end. Contracts suspended for other reasons stay suspended.
     *
     * @return the contracts it resumed or ended
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ContractChange> resumeAfterRestore(Collection<Long> customerIds, LocalDate today, Instant now) {
        var params = new MapSqlParameterSource("customers", customerIds)
                .addValue("today", Date.valueOf(today))
                .addValue("now", Timestamp.from(now));
        List<ContractChange> changes = new ArrayList<>(jdbc.query("""
                        select id, customer_id, end_date, billing_day from contract
                        where customer_id in (:customers) and suspended_by_archive""", params, (rs, row) -> {
            Date end = rs.getDate(3);
            boolean ended = end != null && end.toLocalDate().isBefore(today);
            return new ContractChange(
                    rs.getLong(1), rs.getLong(2), ended ? ContractStatus.ENDED : ContractStatus.ACTIVE);
        }));
        if (changes.isEmpty()) {
            return changes;
        }

        jdbc.update("""
                update contract set status = 'ENDED', suspended_by_archive = false, next_renewal_date = null,
                    updated_at = :now
                where customer_id in (:customers) and suspended_by_archive and end_date < :today""", params);
        jdbc.update("""
                update contract set status = 'ACTIVE', suspended_by_archive = false,
                    next_renewal_date = %s, updated_at = :now
                where customer_id in (:customers) and suspended_by_archive""".formatted(nextRenewalCase(today, params)), params);
        return changes;
    }

    /** A CASE over the 28 possible billing days, so that every contract gets its own next date in one statement. */
    private static String nextRenewalCase(LocalDate today, MapSqlParameterSource params) {
        Map<Integer, LocalDate> dates = new TreeMap<>();
        for (int day = 1; day <= 28; day++) {
            dates.put(day, Renewals.nextOnOrAfter(today, day));
            params.addValue("renewal" + day, Date.valueOf(dates.get(day)));
        }
        return dates.keySet().stream()
                .map(day -> "when " + day + " then cast(:renewal" + day + " as date)")
                .collect(Collectors.joining(" ", "case billing_day ", " end"));
    }
}
