package app.nook.staff;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff users for form sign-in, with the permissions their roles grant and their locations as authorities. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;

    StaffUserDetailsService(JdbcClient jdbc, StaffAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        var account = jdbc.sql("select id, email, password_hash, enabled from staff_user where email = ?")
                .param(normalised)
                .query(StaffRow.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No staff user with that email"));

        return User.withUsername(account.email())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(CurrentActor.authoritiesOf(accounts.actorOf(account.id(), account.email())))
                .build();
    }

    private record StaffRow(long id, String email, String passwordHash, boolean enabled) {}
}
