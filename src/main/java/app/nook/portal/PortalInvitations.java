package app.nook.portal;

import app.nook.customer.Customers;
import app.nook.customer.PortalPrincipal;
import app.nook.staff.Actor;
import app.nook.staff.Permission;
import app.nook.system.ConflictException;
import app.nook.system.InvalidInputException;
import app.nook.system.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links by which a customer sets (or resets) their portal password. Staff create them for customers who
 * already have portal access; a link works once, until it expires, and a newer link replaces older ones.
 */
@Service
public class PortalInvitations {

    /** The shortest password a customer may choose. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private static final int MAX_PASSWORD_LENGTH = 64;
    // BCrypt looks at no more than 72 bytes of a password.
    private static final int MAX_PASSWORD_BYTES = 72;
    private static final Logger log = LoggerFactory.getLogger(PortalInvitations.class);

    private final JdbcClient jdbc;
    private final PortalAccounts accounts;
    private final PortalAccountStore store;
    private final Customers customers;
    private final PasswordEncoder encoder;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final PortalProperties properties;
    private final Clock clock;

    PortalInvitations(
            JdbcClient jdbc,
            PortalAccounts accounts,
            PortalAccountStore store,
            Customers customers,
            PasswordEncoder encoder,
            FindByIndexNameSessionRepository<?> sessions,
            PortalProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.store = store;
        this.customers = customers;
        this.encoder = encoder;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Creates a link for a customer who has portal access; older links of theirs stop working.
     *
     * @throws NotFoundException when there is no such customer, or none in the actor's locations
     * @throws ConflictException when the customer is archived or has no portal access; grant it first
     */
    @Transactional
    public NewInvitation create(long customerId, Actor actor) {
        actor.require(Permission.MANAGE_PORTAL_ACCESS);
        customers.get(customerId, actor.locations());
        refuseWithoutAccess(accounts.lock(customerId));
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.invitationValidity());
        String token = InvitationTokens.generate();

        jdbc.sql("update portal_invitation set expires_at = ? where customer_id = ? and used_at is null"
                        + " and expires_at > ?")
                .params(Timestamp.from(now), customerId, Timestamp.from(now))
                .update();
        jdbc.sql("""
                        insert into portal_invitation (customer_id, token_hash, created_by, created_at, expires_at)
                        values (?, ?, ?, ?, ?)""")
                .params(
                        customerId,
                        InvitationTokens.hash(token),
                        actor.name(),
                        Timestamp.from(now),
                        Timestamp.from(expiresAt))
                .update();

        log.info("Created a portal invitation for customer {}", customerId);
        return new NewInvitation(customerId, token, expiresAt);
    }

    /** The invitation behind a token, while it is unused, unexpired and its customer still has portal access. */
    @Transactional(readOnly = true)
    public Optional<PendingInvitation> find(String token) {
        return pending(token, false)
                .filter(invitation -> accounts.stateOf(invitation.customerId()) == AccessState.ACTIVE)
                .map(invitation -> new PendingInvitation(
                        invitation.customerId(),
                        customers.get(invitation.customerId()).email(),
                        invitation.expiresAt()));
    }

    /**
     * Sets the customer's password and uses the link up; their other portal sessions end.
     *
     * @return the customer whose password was set
     * @throws InvalidInputException when the password is too short or too long
     * @throws ConflictException when the link is used, expired or unknown, or access was taken away meanwhile
     */
    @Transactional
    public long accept(String token, String password) {
        checkPassword(password);
        Invitation invitation = pending(token, true).orElseThrow(PortalInvitations::linkNoLongerWorks);
        refuseWithoutAccess(accounts.lock(invitation.customerId()));

        store.setPassword(invitation.customerId(), encoder.encode(password));
        jdbc.sql("update portal_invitation set used_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), invitation.id())
                .update();
        endSessions(invitation.customerId());

        log.info("Customer {} set a portal password through an invitation", invitation.customerId());
        return invitation.customerId();
    }

    private Optional<Invitation> pending(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, customer_id, expires_at from portal_invitation
                        where token_hash = ? and used_at is null and expires_at > ?""" + (lock ? " for update" : ""))
                .params(InvitationTokens.hash(token), Timestamp.from(clock.instant()))
                .query((rs, row) -> new Invitation(
                        rs.getLong("id"),
                        rs.getLong("customer_id"),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    private void endSessions(long customerId) {
        sessions.findByPrincipalName(PortalPrincipal.nameOf(customerId))
                .keySet()
                .forEach(sessions::deleteById);
    }

    private static void refuseWithoutAccess(AccessState state) {
        if (state == AccessState.ARCHIVED) {
            throw new ConflictException(
                    "customer-archived", "This customer is archived. Restore them before inviting them to the portal.");
        }
        if (state != AccessState.ACTIVE) {
            throw new ConflictException(
                    "no-portal-access", "This customer has no portal access. Grant portal access first.");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(
                    "password", "Choose a password of at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length() > MAX_PASSWORD_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException(
                    "password", "Choose a password of at most " + MAX_PASSWORD_LENGTH + " characters.");
        }
    }

    private static ConflictException linkNoLongerWorks() {
        return new ConflictException(
                "invitation-invalid", "This link has expired or was already used. Ask the space for a new one.");
    }

    private record Invitation(long id, long customerId, Instant expiresAt) {}
}
