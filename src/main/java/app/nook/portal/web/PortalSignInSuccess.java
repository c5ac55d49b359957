package app.nook.portal.web;

import app.nook.customer.PortalPrincipal;
import app.nook.portal.PortalAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * After a customer signs in: indexes the session under their principal name (the portal keeps its security context
 * under its own session attribute, which Spring Session does not look into), leaves the hint cookie, notes the time,
 * and opens the portal's first page.
 */
class PortalSignInSuccess implements AuthenticationSuccessHandler {

    private final PortalAccounts accounts;
    private final HintCookie hint;

    PortalSignInSuccess(PortalAccounts accounts, HintCookie hint) {
        this.accounts = accounts;
        this.hint = hint;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        long customerId = PortalPrincipal.customerIdOf(authentication.getName());

        request.getSession()
                .setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, authentication.getName());
        hint.write(request, response, customerId);
        accounts.signedIn(customerId);

        response.sendRedirect(request.getContextPath() + "/portal");
    }
}
