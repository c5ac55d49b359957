package app.nook.checkin;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks customers in at their home location and out again, one open check-in per customer at a time. Archived
 * customers are never checked in.
 */
@Service
public class Attendance {

    private static final String CHECK_IN_AT_HOME = """
            insert into check_in (customer_id, location_id, checked_in_at)
            select c.id, c.home_location_id, ? from live_customer c
            where c.id = ? and not exists (
                select 1 from check_in i where i.customer_id = c.id and i.checked_out_at is null)""";

    private final JdbcClient jdbc;

    Attendance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's check-in that has not ended yet, if any. */
    @Transactional(readOnly = true)
    public Optional<OpenCheckIn> openOf(long customerId) {
        return jdbc.sql("""
                        select i.id, l.name as location_name, i.checked_in_at
                        from check_in i join location l on l.id = i.location_id
                        where i.customer_id = ? and i.checked_out_at is null
                        order by i.checked_in_at desc limit 1""")
                .param(customerId)
                .query((rs, row) -> new OpenCheckIn(
                        rs.getLong("id"),
                        rs.getString("location_name"),
                        rs.getObject("checked_in_at", OffsetDateTime.class)))
                .optional();
    }

    /**
     * Checks the customer in at their home location, unless they are archived or already checked in. The caller
     * holds a lock on the customer, so that two requests cannot both check in.
     *
     * @return whether a check-in began
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean checkInAtHome(long customerId, Instant now) {
        int inserted = jdbc.sql(CHECK_IN_AT_HOME)
                .params(Timestamp.from(now), customerId)
                .update();
        return inserted > 0;
    }

    /**
     * Ends the customer's open check-in.
     *
     * @return whether there was one to end
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean checkOut(long customerId, Instant now) {
        return jdbc.sql("""
                        update check_in set checked_out_at = ?
                        where customer_id = ? and checked_out_at is null and checked_in_at <= ?""")
                        .params(Timestamp.from(now), customerId, Timestamp.from(now))
                        .update()
                > 0;
    }
}
