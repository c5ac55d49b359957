package app.nook.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Customers' portal accounts as sign-in sees them. Reads the customer table, archived customers included: the
 * portal must recognise an archived customer to tell them why they cannot sign in.
 */
@Repository
class PortalAccountStore {

    private static final String STATE = """
            case when c.archived_at is not null then 'ARCHIVED'
                when a.enabled then 'ACTIVE' else 'NO_ACCESS' end""";

    private static final String FROM_CUSTOMER_AND_ACCOUNT =
            "from customer c left join portal_account a on a.customer_id = c.id ";

    private static final String SET_PASSWORD = """
            update portal_account set password_hash = ?
            where customer_id = ? and enabled and exists (select 1 from live_customer c where c.id = ?)""";

    private final JdbcClient jdbc;

    PortalAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customers with this email: the one not archived first, then archived ones, latest archive first. */
    List<SignInCandidate> candidates(String email) {
        return jdbc.sql("select c.id, " + STATE + " as state, a.password_hash " + FROM_CUSTOMER_AND_ACCOUNT + """
                        where c.erased_at is null
                            and (c.live_email = :email or (c.archived_at is not null and lower(c.email) = :email))
                        order by c.archived_at desc nulls first, c.id desc""")
                .param("email", email.strip().toLowerCase(Locale.ROOT))
                .query((rs, row) -> new SignInCandidate(
                        rs.getLong("id"), AccessState.valueOf(rs.getString("state")), rs.getString("password_hash")))
                .list();
    }

    Optional<AccessState> state(long customerId) {
        return jdbc.sql("select " + STATE + " " + FROM_CUSTOMER_AND_ACCOUNT + " where c.id = ?")
                .param(customerId)
                .query((rs, row) -> AccessState.valueOf(rs.getString(1)))
                .optional();
    }

    /** Locks the customer's row until the transaction ends, and answers their state as of the lock. */
    Optional<AccessState> lock(long customerId) {
        Optional<Long> locked = jdbc.sql("select id from customer where id = ? for update")
                .param(customerId)
                .query(Long.class)
                .optional();
        return locked.flatMap(this::state);
    }

    /** Sets the password of an enabled account of a customer who is not archived; answers whether it did. */
    boolean setPassword(long customerId, String passwordHash) {
        int updated = jdbc.sql(SET_PASSWORD)
                .params(passwordHash, customerId, customerId)
                .update();
        return updated > 0;
    }

    void signedIn(long customerId, Instant now) {
        jdbc.sql("update portal_account set last_signed_in_at = ? where customer_id = ?")
                .params(Timestamp.from(now), customerId)
                .update();
    }
}
