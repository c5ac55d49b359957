package app.nook.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed sign-in back to its form, with a query parameter that says why: the first matching kind wins. */
public final class SignInFailureRedirects implements AuthenticationFailureHandler {

    private final String fallback;
    private final Map<Class<? extends AuthenticationException>, String> targets = new LinkedHashMap<>();

    private SignInFailureRedirects(String fallback) {
        this.fallback = fallback;
    }

    /** Redirects every failure to this path (relative to the application), unless {@link #on} says otherwise. */
    public static SignInFailureRedirects to(String fallback) {
        return new SignInFailureRedirects(fallback);
    }

    /** Redirects failures of this kind, and its subclasses, to this path. */
    public SignInFailureRedirects on(Class<? extends AuthenticationException> kind, String target) {
        targets.put(kind, target);
        return this;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = targets.entrySet().stream()
                .filter(entry -> entry.getKey().isInstance(exception))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(fallback);
        response.sendRedirect(request.getContextPath() + target);
    }
}
