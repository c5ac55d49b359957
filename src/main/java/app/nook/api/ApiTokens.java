package app.nook.api;

import app.nook.staff.Actor;
import app.nook.staff.StaffAccounts;
import app.nook.system.InvalidInputException;
import app.nook.system.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks the bearer tokens of staff users. Only a SHA-256 hash of each secret is kept, so a
 * secret is shown once, when it is issued.
 */
@Service
public class ApiTokens {

    public static final int MAX_NAME_LENGTH = 100;

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final StaffAccounts staff;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, StaffAccounts staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * Issues a token to a staff user.
     *
     * @throws InvalidInputException when the name is blank or too long, or no scope is given
     * @throws NotFoundException when there is no staff user with that email
     */
    @Transactional
    public IssuedToken issue(String staffEmail, String name, Set<ApiScope> scopes) {
        String cleanName = checkName(name);
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "Choose at least one scope");
        }
        long staffUserId = staffUserId(staffEmail);
        String secret = TokenSecrets.newSecret();
        Instant now = clock.instant();

        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into api_token (name, token_hash, scopes, staff_user_id, created_at)
                        values (?, ?, ?, ?, ?)""")
                .params(cleanName, TokenSecrets.hash(secret), joined(scopes), staffUserId, Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);

        log.info("Issued API token {} to staff user {} with scopes {}", id, staffUserId, joined(scopes));
        return new IssuedToken(id, cleanName, EnumSet.copyOf(scopes), secret);
    }

    /** The tokens of one staff user, revoked ones included, newest first. */
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> ofStaff(String staffEmail) {
        return jdbc.sql("""
                        select t.id, t.name, t.scopes, t.created_at, t.last_used_at, t.revoked_at
                        from api_token t join staff_user s on s.id = t.staff_user_id
                        where s.email = ? order by t.created_at desc, t.id desc""")
                .param(normalise(staffEmail))
                .query((rs, row) -> new ApiTokenSummary(
                        rs.getLong("id"),
                        rs.getString("name"),
                        parse(rs.getString("scopes")),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("last_used_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class)))
                .list();
    }

    /**
     * Revokes one of the staff user's tokens at once; revoking a revoked token changes nothing.
     *
     * @throws NotFoundException when the staff user holds no such token
     */
    @Transactional
    public void revoke(String staffEmail, long tokenId) {
        int found = jdbc.sql("""
                        update api_token set revoked_at = coalesce(revoked_at, ?)
                        where id = ? and staff_user_id = (select id from staff_user where email = ?)""")
                .params(Timestamp.from(clock.instant()), tokenId, normalise(staffEmail))
                .update();
        if (found == 0) {
            throw new NotFoundException("API token", tokenId);
        }
        log.info("Revoked API token {}", tokenId);
    }

    /**
     * The holder of an unrevoked token with this secret, noting when it was last used (at most once a minute).
     * A customer's token answers a holder without an actor; a disabled staff user's token answers nothing.
     */
    @Transactional
    public Optional<TokenHolder> authenticate(String secret) {
        Optional<TokenRow> found = jdbc.sql("""
                        select t.id, t.scopes, t.last_used_at, t.staff_user_id, s.email, s.enabled
                        from api_token t left join staff_user s on s.id = t.staff_user_id
                        where t.token_hash = ? and t.revoked_at is null""")
                .param(TokenSecrets.hash(secret))
                .query(TokenRow.class)
                .optional();
        if (found.isEmpty()
                || (found.get().staffUserId() != null
                        && !Boolean.TRUE.equals(found.get().enabled()))) {
            return Optional.empty();
        }
        TokenRow token = found.get();

        noteUse(token);
        Actor actor = token.staffUserId() == null ? null : staff.actorOf(token.staffUserId(), token.email());
        return Optional.of(new TokenHolder(token.id(), actor, parse(token.scopes())));
    }

    private void noteUse(TokenRow token) {
        Instant now = clock.instant();
        Instant threshold = now.minus(LAST_USE_PRECISION);
        if (token.lastUsedAt() != null && token.lastUsedAt().toInstant().isAfter(threshold)) {
            return;
        }
        jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(now), token.id(), Timestamp.from(threshold))
                .update();
    }

    private long staffUserId(String email) {
        return jdbc.sql("select id from staff_user where email = ?")
                .param(normalise(email))
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Staff user", email));
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "Give the token a name");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "A name may be at most " + MAX_NAME_LENGTH + " characters long");
        }
        return name.strip();
    }

    private static String joined(Set<ApiScope> scopes) {
        return EnumSet.copyOf(scopes).stream().map(ApiScope::wireName).collect(Collectors.joining(","));
    }

    private static Set<ApiScope> parse(String scopes) {
        Set<ApiScope> parsed = EnumSet.noneOf(ApiScope.class);
        for (String scope : scopes.split(",")) {
            if (!scope.isBlank()) {
                parsed.add(ApiScope.fromWire(scope));
            }
        }
        return parsed;
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private record TokenRow(
            long id, String scopes, OffsetDateTime lastUsedAt, Long staffUserId, String email, Boolean enabled) {}
}
