package app.nook.checkin;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps customers' check-ins. Archiving keeps them; only a data-protection erasure removes them. */
@Service
public class CheckIns {

    private final NamedParameterJdbcTemplate jdbc;

    CheckIns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest check-ins of one customer, newest first, at most {@code limit} of them. */
    @Transactional(readOnly = true)
    public List<CheckIn> latestOf(long customerId, int limit) {
        var params = new MapSqlParameterSource("customer", customerId).addValue("limit", limit);
        return jdbc.query(
                """
                        select c.id, c.location_id, l.name, c.checked_in_at, c.checked_out_at
                        from check_in c join location l on l.id = c.location_id
                        where c.customer_id = :customer
                        order by c.checked_in_at desc, c.id desc
                        limit :limit""",
                params,
                (rs, row) -> new CheckIn(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class)));
    }

    /** Removes every check-in of these customers. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void eraseAllOf(Collection<Long> customerIds) {
        jdbc.update(
                "delete from check_in where customer_id in (:customers)",
                new MapSqlParameterSource("customers", customerIds));
    }
}
