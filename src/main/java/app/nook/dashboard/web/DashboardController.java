package app.nook.dashboard.web;

import app.nook.dashboard.HeadlineFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page staff land on after signing in. */
@Controller
class DashboardController {

    private final HeadlineFigures figures;

    DashboardController(HeadlineFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        model.addAttribute("figures", figures.current());
        return "dashboard/index";
    }
}
