package app.nook.customer.lifecycle;

import app.nook.customer.lifecycle.LockedCustomer.PortalState;
import app.nook.system.LocationScope;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The set-based statements on the customer table that the lifecycle steps are made of. */
@Repository
class LifecycleStore {

    private final NamedParameterJdbcTemplate jdbc;

    LifecycleStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks these customers' rows, in id order so that concurrent chunks never deadlock, and reads their state. */
    List<LockedCustomer> lock(Collection<Long> ids) {
        var params = new MapSqlParameterSource("ids", ids);
        Map<Long, PortalState> portal = new HashMap<>();
        jdbc.query("select customer_id, enabled from portal_account where customer_id in (:ids)", params, rs -> {
            portal.put(rs.getLong(1), rs.getBoolean(2) ? PortalState.ENABLED : PortalState.DISABLED);
        });

        return jdbc.query(
                """
                        select id, email, suspended, archived_at, erased_at, suspended_before_archive,
                            portal_before_archive
                        from customer where id in (:ids) order by id for update""",
                params,
                (rs, row) -> new LockedCustomer(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getBoolean("suspended"),
                        rs.getTimestamp("archived_at") != null,
                        rs.getTimestamp("erased_at") != null,
                        rs.getBoolean("suspended_before_archive"),
                        rs.getBoolean("portal_before_archive"),
                        portal.getOrDefault(rs.getLong("id"), PortalState.NONE)));
    }

    /** Marks customers archived, remembering what a restore must give back, and suspends them. */
    void archive(Collection<Long> ids, StepContext context) {
        jdbc.update("""
                update customer set
                    suspended_before_archive = suspended,
                    portal_before_archive = exists (
                        select 1 from portal_account a where a.customer_id = customer.id and a.enabled),
                    suspended = true,
                    archived_at = :now, archived_by = :actor, archive_reason = :reason,
                    live_email = null, version = version + 1, updated_at = :now
                where id in (:ids) and archived_at is null""", params(ids, context));
    }

    /** Clears the archived state and gives back the suspension state from before the archive. */
    void restore(Collection<Long> ids, StepContext context) {
        jdbc.update("""
                update customer set
                    suspended = suspended_before_archive,
                    archived_at = null, archived_by = null, archive_reason = null,
                    suspended_before_archive = null, portal_before_archive = null,
                    live_email = lower(email), version = version + 1, updated_at = :now
                where id in (:ids) and archived_at is not null and erased_at is null""", params(ids, context));
    }

    void setSuspended(Collection<Long> ids, boolean suspended, StepContext context) {
        jdbc.update("""
                update customer set suspended = :suspended, version = version + 1, updated_at = :now
                where id in (:ids) and archived_at is null""", params(ids, context).addValue("suspended", suspended));
    }

    /** Marks a change that lives outside the customer row, so that open edit forms become stale. */
    void touch(Collection<Long> ids, StepContext context) {
        jdbc.update(
                "update customer set version = version + 1, updated_at = :now where id in (:ids)",
                params(ids, context));
    }

    /** Replaces the personal data of archived customers; the rows stay for the invoices that refer to them. */
    void erase(Collection<Long> ids, StepContext context) {
        jdbc.update("""
                update customer set
                    full_name = 'Erased customer',
                    email = concat('erased-', cast(id as varchar(20)), '@erased.invalid'),
                    phone = null, company_name = null, billing_street = null, billing_postal_code = null,
                    billing_city = null, billing_country = null, tax_id = null, notes = null,
                    archive_reason = null, erased_at = :now, version = version + 1, updated_at = :now
                where id in (:ids) and archived_at is not null and erased_at is null""", params(ids, context));
        jdbc.update("delete from customer_tag where customer_id in (:ids)", params(ids, context));
    }

    /**
     * Who holds each of the given emails among customers who are not archived, named only where the scope covers
     * their home location.
     */
    Map<String, EmailHolder> liveOwnersOf(Collection<String> normalisedEmails, LocationScope scope) {
        Map<String, EmailHolder> owners = new HashMap<>();
        jdbc.query(
                "select live_email, id, home_location_id from customer where live_email in (:emails)",
                new MapSqlParameterSource("emails", normalisedEmails),
                rs -> {
                    owners.put(rs.getString(1), new EmailHolder(rs.getLong(2), scope.covers(rs.getLong(3))));
                });
        return owners;
    }

    /** A customer who holds an email, and whether the actor asking may see them. */
    record EmailHolder(long id, boolean visible) {}

    private static MapSqlParameterSource params(Collection<Long> ids, StepContext context) {
        return new MapSqlParameterSource("ids", ids)
                .addValue("now", Timestamp.from(context.now()))
                .addValue("actor", context.actor().name())
                .addValue("reason", context.reason());
    }
}
