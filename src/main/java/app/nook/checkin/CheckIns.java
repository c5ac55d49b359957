package app.nook.checkin;

import java.util.Collection;
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

    /** Removes every check-in of these customers. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void eraseAllOf(Collection<Long> customerIds) {
        jdbc.update(
                "delete from check_in where customer_id in (:customers)",
                new MapSqlParameterSource("customers", customerIds));
    }
}
