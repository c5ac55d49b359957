package app.nook.signin;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.core.Authentication;

/**
 * Refuses attempts on a paused account before the provider sees them, counts wrong passwords (and unknown
 * accounts, which look the same) as failures, and clears the count on success.
 */
class ThrottledAuthenticationManager implements AuthenticationManager {

    private final SignInThrottle throttle;
    private final String realm;
    private final AuthenticationProvider provider;

    ThrottledAuthenticationManager(SignInThrottle throttle, String realm, AuthenticationProvider provider) {
        this.throttle = throttle;
        this.realm = realm;
        this.provider = provider;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account = attempt.getName();
        if (throttle.isLocked(realm, account)) {
            throw new SignInLockedException();
        }

        Authentication result;
        try {
            result = provider.authenticate(attempt);
        } catch (BadCredentialsException e) {
            throttle.failed(realm, account);
            throw e;
        }
        if (result == null) {
            throw new ProviderNotFoundException(
                    "No provider for " + attempt.getClass().getSimpleName());
        }

        throttle.succeeded(realm, account);
        return result;
    }
}
