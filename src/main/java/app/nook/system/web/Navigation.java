package app.nook.system.web;

import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The admin panel's menus, given to every page, with the name of the signed-in staff user. */
@ControllerAdvice
class Navigation {

    private static final List<NavItem> OPERATIONS = List.of(
            new NavItem("/customers", "nav.members", true),
            new NavItem("/plans", "nav.plans", true),
            new NavItem("/contracts", "nav.contracts", true),
            new NavItem("/invoices", "nav.invoices", true),
            new NavItem("/billing", "nav.billing", true));

    private static final List<NavItem> TOP = List.of(
            new NavItem("/reports", "nav.reports", true),
            new NavItem("/audit", "nav.audit", true),
            new NavItem("/settings", "nav.settings", false));

    @ModelAttribute("operationsMenu")
    List<NavItem> operationsMenu() {
        return OPERATIONS;
    }

    @ModelAttribute("topMenu")
    List<NavItem> topMenu() {
        return TOP;
    }

    @ModelAttribute("staffName")
    String staffName(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    /**
     * One menu entry.
     *
     * @param available false for a page this version does not have yet; shown greyed out
     */
    record NavItem(String path, String messageKey, boolean available) {}
}
