package app.nook.staff;

import app.nook.system.InvalidInputException;
import app.nook.system.LocationScope;
import app.nook.system.NotFoundException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates staff users and changes their roles, locations and whether they may sign in. A staff user's open
 * sessions end with any such change, so that nobody keeps rights taken away from them until their session expires.
 */
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
        return create(email, fullName, rawPassword, roles, Set.of());
    }

    /** Creates an enabled staff user limited to the given locations, or working everywhere when none are given. */
    @Transactional
    public long create(String email, String fullName, String rawPassword, Set<Role> roles, Set<Long> locations) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into staff_user (email, full_name, password_hash) values (?, ?, ?)")
                .params(email.trim().toLowerCase(Locale.ROOT), fullName, passwordEncoder.encode(rawPassword))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);

        insertRolesAndLocations(id, roles, locations);
        log.info("Created staff user {} with roles {} in {}", id, roles, LocationScope.only(locations));
        return id;
    }

    /** The staff user as an actor: the permissions of their roles, limited to their locations if they have any. */
    @Transactional(readOnly = true)
    public Actor actorOf(long staffUserId, String email) {
        return Actor.staff(email, rolesOf(staffUserId), LocationScope.only(locationsOf(staffUserId)));
    }

    /** Every staff user with their roles and locations, by email. */
    @Transactional(readOnly = true)
    public List<StaffMember> all() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select staff_user_id, role from staff_role").query(rs -> {
            roles.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString(2)));
        });
        Map<Long, Set<Long>> locations = new HashMap<>();
        jdbc.sql("select staff_user_id, location_id from staff_location").query(rs -> {
            locations.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getLong(2));
        });
        return jdbc.sql("select id, email, full_name, enabled from staff_user order by email")
                .query((rs, row) -> new StaffMember(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("full_name"),
                        rs.getBoolean("enabled"),
                        roles.getOrDefault(rs.getLong("id"), Set.of()),
                        locations.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
    }

    /** The locations a staff user may be limited to, by name. */
    @Transactional(readOnly = true)
    public List<LocationChoice> locationChoices() {
        return jdbc.sql("select id, name from location order by name")
                .query(LocationChoice.class)
                .list();
    }

    /**
     * Adds a staff user on behalf of an administrator.
     *
     * @throws InvalidInputException when the password is shorter than {@value #MIN_PASSWORD_LENGTH} characters,
     *     no role is given, or the email is taken
     */
    @Transactional
    public long add(
            String email, String fullName, String rawPassword, Set<Role> roles, Set<Long> locations, Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(
                    "password", "A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        checkRolesAndLocations(roles, locations);
        try {
            return create(email, fullName, rawPassword, roles, locations);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("email", "A staff user with this email exists already");
        }
    }

    /** Lets a staff user sign in again, or stops them; an administrator cannot stop themselves. */
    @Transactional
    public void setEnabled(long id, boolean enabled, Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        String email = emailOf(id);
        if (!enabled && email.equals(actor.name())) {
            throw new InvalidInputException("enabled", "You cannot disable your own account");
        }

        jdbc.sql("update staff_user set enabled = ? where id = ?")
                .params(enabled, id)
                .update();
        int ended = endSessions(email);
        log.info(
                "Staff user {} {} by {}; {} sessions ended", id, enabled ? "enabled" : "disabled", actor.name(), ended);
    }

    /**
     * Replaces a staff user's roles and locations; no locations means every location. Their open sessions end,
     * so the change holds from their next request on.
     *
     * @throws InvalidInputException when no role is given, or an administrator would take the administrator role
     *     from themselves
     */
    @Transactional
    public void change(long id, Set<Role> roles, Set<Long> locations, Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        String email = emailOf(id);
        checkRolesAndLocations(roles, locations);
        if (email.equals(actor.name()) && (!roles.contains(Role.ADMINISTRATOR) || !locations.isEmpty())) {
            throw new InvalidInputException(
                    "roles", "You cannot take the administrator role or any location from your own account");
        }

        jdbc.sql("delete from staff_role where staff_user_id = ?").param(id).update();
        jdbc.sql("delete from staff_location where staff_user_id = ?").param(id).update();
        insertRolesAndLocations(id, roles, locations);
        int ended = endSessions(email);
        log.info(
                "Staff user {} given roles {} in {} by {}; {} sessions ended",
                id,
                roles,
                LocationScope.only(locations),
                actor.name(),
                ended);
    }

    private void insertRolesAndLocations(long id, Set<Role> roles, Set<Long> locations) {
        for (Role role : roles) {
            jdbc.sql("insert into staff_role (staff_user_id, role) values (?, ?)")
                    .params(id, role.name())
                    .update();
        }
        for (long location : locations) {
            jdbc.sql("insert into staff_location (staff_user_id, location_id) values (?, ?)")
                    .params(id, location)
                    .update();
        }
    }

    private void checkRolesAndLocations(Set<Role> roles, Set<Long> locations) {
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "Give the staff user at least one role");
        }
        Set<Long> known =
                new TreeSet<>(locationChoices().stream().map(LocationChoice::id).toList());
        if (!known.containsAll(locations)) {
            throw new InvalidInputException("locations", "Choose locations from the list");
        }
    }

    private String emailOf(long id) {
        return jdbc.sql("select email from staff_user where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Staff user", id));
    }

    /** Deletes the staff user's sessions from the shared session store, on every instance at once. */
    private int endSessions(String email) {
        return jdbc.sql("delete from spring_session where principal_name = ?")
                .param(email)
                .update();
    }

    private Set<Role> rolesOf(long staffUserId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from staff_role where staff_user_id = ?")
                .param(staffUserId)
                .query(String.class)
                .list()
                .forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    private List<Long> locationsOf(long staffUserId) {
        return jdbc.sql("select location_id from staff_location where staff_user_id = ?")
                .param(staffUserId)
                .query(Long.class)
                .list();
    }

    /** A location as the staff users page offers it. */
    public record LocationChoice(long id, String name) {}
}
