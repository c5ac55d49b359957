package app.nook.portal.web;

import app.nook.customer.PortalPrincipal;
import app.nook.portal.AccessState;
import app.nook.portal.PortalAccounts;
import app.nook.portal.SignInCandidate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs customers in by email and password, under the principal name by which the lifecycle finds their sessions.
 * The password is checked first: only a customer who knows it learns that they are archived or without access;
 * anyone else gets "wrong email or password", whether the email exists or not. Wired into the portal's chain only,
 * never as a bean, so that it does not take over the staff sign-in.
 */
class PortalAuthenticationProvider implements AuthenticationProvider {

    static final String ROLE = "CUSTOMER";

    private final PortalAccounts accounts;
    private final PasswordEncoder encoder;
    private final String decoyHash;

    PortalAuthenticationProvider(PortalAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.decoyHash = encoder.encode("decoy password that nobody has");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName() == null ? "" : attempt.getName();
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();

        SignInCandidate match = matching(accounts.candidatesFor(email), password)
                .orElseThrow(() -> new BadCredentialsException("Wrong email or password"));

        if (match.state() == AccessState.ARCHIVED) {
            throw new CustomerArchivedException();
        }
        if (match.state() != AccessState.ACTIVE) {
            throw new PortalAccessOffException();
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                PortalPrincipal.nameOf(match.customerId()), null, AuthorityUtils.createAuthorityList("ROLE_" + ROLE));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private Optional<SignInCandidate> matching(List<SignInCandidate> candidates, String password) {
        List<SignInCandidate> withPassword =
                candidates.stream().filter(c -> c.passwordHash() != null).toList();
        if (withPassword.isEmpty()) {
            // Spend the time a real check takes, so that timing does not tell whether the email exists.
            encoder.matches(password, decoyHash);
            return Optional.empty();
        }
        return withPassword.stream()
                .filter(c -> encoder.matches(password, c.passwordHash()))
                .findFirst();
    }

    /** The password was right, but the customer is archived. */
    static final class CustomerArchivedException extends AccountStatusException {
        CustomerArchivedException() {
            super("The customer is archived");
        }
    }

    /** The password was right, but the customer's portal access is turned off. */
    static final class PortalAccessOffException extends AccountStatusException {
        PortalAccessOffException() {
            super("The customer has no portal access");
        }
    }
}
