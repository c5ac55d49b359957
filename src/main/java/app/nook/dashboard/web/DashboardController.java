package app.nook.dashboard.web;

import app.nook.report.Reports;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page staff land on after signing in: the headline figures, the same ones the Reports page shows. Revenue and
 * invoiced amounts appear only to staff who may open the reports.
 */
@Controller
class DashboardController {

    private final Reports reports;

    DashboardController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("headline", reports.headline(actor.locations()));
        model.addAttribute("showsRevenue", actor.may(Permission.VIEW_REPORTS));
        return "dashboard/index";
    }
}
