package app.nook.portal.web;

import app.nook.customer.PortalPrincipal;
import app.nook.portal.AccessState;
import app.nook.portal.PortalAccounts;
import app.nook.system.NotFoundException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks on every signed-in portal request that the customer is still not archived and still has access; signs
 * them out and says why when not. The lifecycle already ends their sessions; this holds even for a session it
 * could not see, such as one opened in the same instant. Part of the portal's chain only, never a servlet filter.
 */
class PortalAccessFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PortalAccessFilter.class);

    private final PortalAccounts accounts;

    PortalAccessFilter(PortalAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Long customerId = authentication == null ? null : PortalPrincipal.customerIdOf(authentication.getName());
        AccessState state = customerId == null ? AccessState.ACTIVE : stateOf(customerId);
        if (state == AccessState.ACTIVE) {
            chain.doFilter(request, response);
            return;
        }

        log.info("Signed out customer {} from the portal: {}", customerId, state);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        PortalLockout.redirectToSignIn(request, response, PortalLockout.reasonOf(state));
    }

    private AccessState stateOf(long customerId) {
        try {
            return accounts.stateOf(customerId);
        } catch (NotFoundException e) {
            return AccessState.NO_ACCESS;
        }
    }
}
