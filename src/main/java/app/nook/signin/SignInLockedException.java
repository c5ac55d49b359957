package app.nook.signin;

import org.springframework.security.core.AuthenticationException;

/** Sign-in was refused without checking the password, because the account had too many failed attempts. */
public class SignInLockedException extends AuthenticationException {

    public SignInLockedException() {
        super("Too many failed sign-in attempts for this account; try again later");
    }
}
