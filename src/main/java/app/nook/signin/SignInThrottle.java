package app.nook.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per form and account, and pauses an account's sign-in once it collects too many failures
 * within the window. Failures are rows in the database, so that every instance sees the same count. Attempts made
 * while an account is paused are refused and not counted, so the pause ends on time.
 */
@Service
public class SignInThrottle {

    /** The admin panel's sign-in form. */
    public static final String STAFF = "staff";

    /** The members portal's sign-in form. */
    public static final String PORTAL = "portal";

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final JdbcClient jdbc;
    private final SignInProperties properties;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SignInProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** An authentication manager that asks this throttle before, and tells it after, each attempt. */
    public AuthenticationManager protect(String realm, AuthenticationProvider provider) {
        return new ThrottledAuthenticationManager(this, realm, provider);
    }

    /** Whether sign-in to this account is paused now. */
    @Transactional(readOnly = true)
    public boolean isLocked(String realm, String account) {
        Instant now = clock.instant();
        List<Instant> recent = jdbc.sql("""
                        select failed_at from sign_in_failure
                        where realm = ? and account = ? and failed_at > ?
                        order by failed_at desc limit ?""")
                .params(realm, normalise(account), since(now), properties.maxFailures())
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .list();
        if (recent.size() < properties.maxFailures()) {
            return false;
        }

        Instant last = recent.get(0);
        Instant first = recent.get(recent.size() - 1);
        return !first.isBefore(last.minus(properties.window()))
                && last.plus(properties.lockDuration()).isAfter(now);
    }

    /** Counts a failed attempt, and forgets failures too old to matter to anyone. */
    @Transactional
    public void failed(String realm, String account) {
        Instant now = clock.instant();
        jdbc.sql("delete from sign_in_failure where failed_at <= ?")
                .param(since(now))
                .update();
        jdbc.sql("insert into sign_in_failure (realm, account, failed_at) values (?, ?, ?)")
                .params(realm, normalise(account), Timestamp.from(now))
                .update();
        if (isLocked(realm, account)) {
            log.warn("Paused {} sign-in for an account after {} failed attempts", realm, properties.maxFailures());
        }
    }

    /** Forgets the failures of an account that just signed in. */
    @Transactional
    public void succeeded(String realm, String account) {
        jdbc.sql("delete from sign_in_failure where realm = ? and account = ?")
                .params(realm, normalise(account))
                .update();
    }

    private Timestamp since(Instant now) {
        return Timestamp.from(now.minus(properties.window()).minus(properties.lockDuration()));
    }

    private static String normalise(String account) {
        String normalised = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return normalised.length() > 254 ? normalised.substring(0, 254) : normalised;
    }
}
