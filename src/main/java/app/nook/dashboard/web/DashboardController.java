package app.nook.dashboard.web;

import app.nook.report.Reports;
import app.nook.staff.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page staff land on after signing in: the headline figures, the same ones the Reports page shows. */
@Controller
class DashboardController {

    private final Reports reports;

    DashboardController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        model.addAttribute("headline", reports.headline(CurrentActor.get().locations()));
        return "dashboard/index";
    }
}
