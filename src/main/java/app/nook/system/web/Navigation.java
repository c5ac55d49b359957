package app.nook.system.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The admin panel's menus and the name of the signed-in staff user, read by the layout as the bean
 * {@code @navigation}, so that error pages show them too.
 */
@Component("navigation")
public class Navigation {

    private static final String BILLING = "MANAGE_BILLING";
    private static final String REPORTS = "VIEW_REPORTS";

    private static final List<NavItem> OPERATIONS = List.of(
            new NavItem("/customers", "nav.members", true, null),
            new NavItem("/plans", "nav.plans", true, null),
            new NavItem("/contracts", "nav.contracts", true, null),
            new NavItem("/invoices", "nav.invoices", true, BILLING),
            new NavItem("/billing", "nav.billing", true, BILLING));

    private static final List<NavItem> TOP = List.of(
            new NavItem("/reports", "nav.reports", true, REPORTS),
            new NavItem("/audit", "nav.audit", true, REPORTS),
            new NavItem("/settings", "nav.settings", true, null));

    /** The operations menu, without the pages the signed-in staff user may not open. */
    public List<NavItem> operations() {
        return permitted(OPERATIONS);
    }

    /** The top menu, without the pages the signed-in staff user may not open. */
    public List<NavItem> top() {
        return permitted(TOP);
    }

    private static List<NavItem> permitted(List<NavItem> items) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> held = authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
        return items.stream()
                .filter(item -> item.authority() == null || held.contains(item.authority()))
                .toList();
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
     * @param authority the authority a staff user needs to open the page, or null when every staff user may
     */
    public record NavItem(String path, String messageKey, boolean available, String authority) {}
}
