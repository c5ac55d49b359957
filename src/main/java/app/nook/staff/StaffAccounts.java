package app.nook.staff;

import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and counts staff users. */
@Service
public class StaffAccounts {

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
}
