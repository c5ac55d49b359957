package app.nook.billing.web;

import app.nook.billing.BillingRun;
import app.nook.staff.CurrentActor;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The billing run page: recent runs, and a button to run billing for today now. */
@Controller
class BillingRunController {

    private final BillingRun billing;
    private final Clock clock;

    BillingRunController(BillingRun billing, Clock clock) {
        this.billing = billing;
        this.clock = clock;
    }

    @GetMapping("/billing")
    String runs(Model model) {
        model.addAttribute("runs", billing.recent(20, CurrentActor.get()));
        return "billing/runs";
    }

    @PostMapping("/billing/run")
    String run(RedirectAttributes redirect) {
        redirect.addFlashAttribute("summary", billing.run(LocalDate.now(clock), CurrentActor.get()));
        return "redirect:/billing";
    }
}
