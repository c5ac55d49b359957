package app.nook.customer.lifecycle;

import app.nook.customer.PortalPrincipal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Customers' members-portal accounts, API tokens and sessions, changed a set of customers at a time. Sessions
 * are deleted from Spring Session's table directly: one statement for a whole chunk, where looking them up
 * principal by principal would cost a round trip per customer.
 */
@Repository
class PortalAccessStore {

    private final NamedParameterJdbcTemplate jdbc;

    PortalAccessStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void disable(Collection<Long> customerIds) {
        jdbc.update(
                "update portal_account set enabled = false where customer_id in (:ids) and enabled",
                new MapSqlParameterSource("ids", customerIds));
    }

    /** Enables existing accounts, keeping their credentials, and opens accounts for those without one. */
    void enable(Collection<Long> customerIds, Instant now) {
        var params = new MapSqlParameterSource("ids", customerIds).addValue("now", Timestamp.from(now));
        jdbc.update("update portal_account set enabled = true where customer_id in (:ids)", params);
        String sql = """
                insert into portal_account (customer_id, enabled, created_at)
                select c.id, true, :now from customer c
                where c.id in (:ids) and not exists (select 1 from portal_account a where a.customer_id = c.id)""";
        jdbc.update(sql, params);
    }

    /**
     * Ends every open portal session, revokes every API token and voids every unused invitation link of these
     * customers, effective at once; a restore opens none of them again.
     */
    void endSessionsAndTokens(Collection<Long> customerIds, Instant now) {
        jdbc.update(
                "delete from spring_session where principal_name in (:principals)",
                new MapSqlParameterSource(
                        "principals",
                        customerIds.stream().map(PortalPrincipal::nameOf).toList()));
        var params = new MapSqlParameterSource("ids", customerIds).addValue("now", Timestamp.from(now));
        jdbc.update(
                "update api_token set revoked_at = :now where customer_id in (:ids) and revoked_at is null", params);
        jdbc.update(
                "update portal_invitation set expires_at = :now"
                        + " where customer_id in (:ids) and used_at is null and expires_at > :now",
                params);
    }

    /** Removes accounts, credentials and tokens for good. */
    void erase(Collection<Long> customerIds, Instant now) {
        endSessionsAndTokens(customerIds, now);
        var params = new MapSqlParameterSource("ids", customerIds);
        jdbc.update("delete from api_token where customer_id in (:ids)", params);
        jdbc.update("delete from portal_account where customer_id in (:ids)", params);
    }
}
