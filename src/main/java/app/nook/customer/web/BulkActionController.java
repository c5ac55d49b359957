package app.nook.customer.web;

import app.nook.customer.CustomerListing;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.LifecycleJob;
import app.nook.customer.lifecycle.LifecycleJobs;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.system.InvalidInputException;
import app.nook.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Bulk actions on the list: a confirmation that says beforehand what will happen, then a background job whose
 * progress page polls until the summary of done, skipped and failed customers is ready.
 */
@Controller
class BulkActionController {

    private final CustomerLifecycle lifecycle;
    private final LifecycleJobs jobs;
    private final CustomerListing listing;

    BulkActionController(CustomerLifecycle lifecycle, LifecycleJobs jobs, CustomerListing listing) {
        this.lifecycle = lifecycle;
        this.jobs = jobs;
        this.listing = listing;
    }

    /** The body of the confirmation dialog, loaded into it when a bulk action is chosen. */
    @GetMapping("/customers/bulk/confirm")
    String confirm(@RequestParam BulkAction action, @ModelAttribute("selection") BulkSelection selection, Model model) {
        Actor actor = CurrentActor.get();
        try {
            model.addAttribute(
                    "preview",
                    lifecycle.preview(action.action(), selection.resolve(listing, actor.locations()), actor));
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("action", action);
        return "customer/bulk :: confirm";
    }

    @PostMapping("/customers/bulk")
    String execute(
            @RequestParam BulkAction action,
            @RequestParam(required = false) String reason,
            @ModelAttribute BulkSelection selection,
            @RequestParam(required = false) String back) {
        Actor actor = CurrentActor.get();
        String job = jobs.start(action.action(), selection.resolve(listing, actor.locations()), reason, actor);
        return "redirect:/customers/bulk/jobs/" + job + "?view=" + selection.view();
    }

    @GetMapping("/customers/bulk/jobs/{id}")
    String job(@PathVariable String id, Model model) {
        model.addAttribute("job", find(id));
        return "customer/job";
    }

    /** The progress bar alone, polled by the job page while the job runs. */
    @GetMapping("/customers/bulk/jobs/{id}/progress")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("job", find(id));
        return "customer/job :: progress";
    }

    private LifecycleJob find(String id) {
        return jobs.find(id, CurrentActor.get()).orElseThrow(() -> new NotFoundException("Bulk action", id));
    }
}
