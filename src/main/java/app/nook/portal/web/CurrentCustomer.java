package app.nook.portal.web;

import app.nook.customer.PortalPrincipal;
import java.security.Principal;
import org.springframework.security.access.AccessDeniedException;

/** The signed-in customer of a portal request. */
final class CurrentCustomer {

    private CurrentCustomer() {}

    /**
     * The id of the signed-in customer.
     *
     * @throws AccessDeniedException when the request is not a customer's
     */
    static long id(Principal principal) {
        Long id = principal == null ? null : PortalPrincipal.customerIdOf(principal.getName());
        if (id == null) {
            throw new AccessDeniedException("Not signed in as a customer");
        }
        return id;
    }
}
