package app.nook.system.web;

import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The admin panel's menus and the name of the signed-in staff user, read by the layout as the bean
 * {@code @navigation}, so that error pages show them too.
 */
@Component("navigation")
public class Navigation {

    private static final List<NavItem> OPERATIONS = List.of(
            new NavItem("/customers", "nav.members", true),
            new NavItem("/plans", "nav.plans", true),
            new NavItem("/contracts", "nav.contracts", true),
            new NavItem("/invoices", "nav.invoices", true),
            new NavItem("/billing", "nav.billing", true));

    private static final List<NavItem> TOP = List.of(
            new NavItem("/reports", "nav.reports", true),
            new NavItem("/audit", "nav.audit", true),
            new NavItem("/settings", "nav.settings", true));

    public List<NavItem> operations() {
        return OPERATIONS;
    }

    public List<NavItem> top() {
        return TOP;
    }

    /** The signed-in staff user's email, or null when nobody is signed in. */
    public String staffName() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? authentication.getName() : null;
    }

    /**
     * One menu entry.
     *
     * @param available false for a page this version does not have yet; shown greyed out
     */
    public record NavItem(String path, String messageKey, boolean available) {}
}
