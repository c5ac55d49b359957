package app.nook.portal.web;

import app.nook.portal.AccessState;
import app.nook.portal.PortalAccounts;
import app.nook.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Sends a browser without a portal session to the sign-in page, saying why when its hint cookie names a customer
 * who is now archived or without access. That covers a form posted from a page loaded before the lifecycle ended
 * the session: its CSRF token no longer matches, so it is refused and lands here.
 */
class PortalLockout implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final PortalAccounts accounts;
    private final HintCookie hint;

    PortalLockout(PortalAccounts accounts, HintCookie hint) {
        this.accounts = accounts;
        this.hint = hint;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        redirectToSignIn(request, response, reasonFor(request));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || new AuthenticationTrustResolverImpl().isAnonymous(authentication)) {
            redirectToSignIn(request, response, reasonFor(request));
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** The query parameter of the sign-in page that explains a state, or null for no explanation. */
    static String reasonOf(AccessState state) {
        return switch (state) {
            case ARCHIVED -> "archived";
            case NO_ACCESS -> "revoked";
            case ACTIVE -> null;
        };
    }

    static void redirectToSignIn(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        String target = "/portal/login" + (reason == null ? "" : "?" + reason);
        response.sendRedirect(request.getContextPath() + target);
    }

    private String reasonFor(HttpServletRequest request) {
        return hint.customerOf(request)
                .map(this::stateOrNull)
                .map(PortalLockout::reasonOf)
                .orElse(null);
    }

    private AccessState stateOrNull(long customerId) {
        try {
            return accounts.stateOf(customerId);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
