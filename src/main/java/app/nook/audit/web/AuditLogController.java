package app.nook.audit.web;

import app.nook.audit.AuditAction;
import app.nook.audit.AuditFilter;
import app.nook.audit.AuditHistory;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import app.nook.system.InvalidInputException;
import app.nook.system.PageLinks;
import app.nook.system.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log, filtered by actor, action, customer and date range. */
@Controller
class AuditLogController {

    private final AuditHistory history;

    AuditLogController(AuditHistory history) {
        this.history = history;
    }

    @GetMapping("/audit")
    String auditLog(AuditLogForm form, Model model) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_REPORTS);

        AuditFilter filter;
        try {
            filter = form.toFilter();
        } catch (InvalidInputException e) {
            model.addAttribute("invalidField", e.field());
            filter = AuditFilter.none();
        }

        model.addAttribute("form", form);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("page", history.page(filter, ResultPage.requested(form.page()), actor.locations()));
        model.addAttribute("link", PageLinks.of("/audit", form.params()));
        return "audit/list";
    }
}
