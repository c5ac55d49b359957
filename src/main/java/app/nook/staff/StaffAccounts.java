package app.nook.staff;

import app.nook.system.InvalidInputException;
import app.nook.system.NotFoundException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and counts staff users. */
@Service
public class StaffAccounts {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from staff_user").query(Long.class).single();
    }

    /** Creates an enabled staff user with a hashed password and the given roles; answers the new id. */
    @Transactional
    public long create(String email, String fullName, String rawPassword, Set<Role> roles) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into staff_user (email, full_name, password_hash) values (?, ?, ?)")
                .params(email.trim().toLowerCase(Locale.ROOT), fullName, passwordEncoder.encode(rawPassword))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);

        for (Role role : roles) {
            jdbc.sql("insert into staff_role (staff_user_id, role) values (?, ?)")
                    .params(id, role.name())
                    .update();
        }
        log.info("Created staff user {} with roles {}", id, roles);
        return id;
    }

    /** Every staff user with their roles, by email. */
    @Transactional(readOnly = true)
    public List<StaffMember> all() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select staff_user_id, role from staff_role").query(rs -> {
            roles.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString(2)));
        });
        return jdbc.sql("select id, email, full_name, enabled from staff_user order by email")
                .query((rs, row) -> new StaffMember(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("full_name"),
                        rs.getBoolean("enabled"),
                        roles.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
    }

    /**
     * Adds a staff user on behalf of an administrator.
     *
     * @throws InvalidInputException when the password is shorter than {@value #MIN_PASSWORD_LENGTH} characters,
     *     no role is given, or the email is taken
     */
    @Transactional
    public long add(String email, String fullName, String rawPassword, Set<Role> roles, Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(
                    "password", "A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "Give the staff user at least one role");
        }
        try {
            return create(email, fullName, rawPassword, roles);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("email", "A staff user with this email exists already");
        }
    }

    /** Lets a staff user sign in again, or stops them; an administrator cannot stop themselves. */
    @Transactional
    public void setEnabled(long id, boolean enabled, Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        String email = jdbc.sql("select email from staff_user where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Staff user", id));
        if (!enabled && email.equals(actor.name())) {
            throw new InvalidInputException("enabled", "You cannot disable your own account");
        }

        jdbc.sql("update staff_user set enabled = ? where id = ?")
                .params(enabled, id)
                .update();
        log.info("Staff user {} {} by {}", id, enabled ? "enabled" : "disabled", actor.name());
    }
}
