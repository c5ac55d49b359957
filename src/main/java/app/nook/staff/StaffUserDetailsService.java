package app.nook.staff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff users for form sign-in, with their roles and the permissions those grant as authorities. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    StaffUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        var account = jdbc.sql("select id, email, password_hash, enabled from staff_user where email = ?")
                .param(normalised)
                .query(StaffRow.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No staff user with that email"));

        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from staff_role where staff_user_id = ?")
                .param(account.id())
                .query(String.class)
                .list()
                .forEach(role -> roles.add(Role.valueOf(role)));

        return User.withUsername(account.email())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(authoritiesOf(roles))
                .build();
    }

    private static List<GrantedAuthority> authoritiesOf(Set<Role> roles) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : roles) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        Actor.staff("", roles).permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        return authorities;
    }

    private record StaffRow(long id, String email, String passwordHash, boolean enabled) {}
}
