package app.nook.customer.web;

import app.nook.customer.CustomerDetails;
import app.nook.customer.CustomerProfile;
import app.nook.customer.Customers;
import app.nook.customer.EmailTakenException;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.LifecycleResult;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.system.ConflictException;
import app.nook.system.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer record: shows one customer, saves their edited profile, and runs the lifecycle actions through the
 * lifecycle engine, answering each with a redirect back to the record and a notice of the outcome.
 */
@Controller
class CustomerRecordController {

    private final Customers customers;
    private final CustomerLifecycle lifecycle;
    private final RecordPage page;
    private final ProfileValidation validation;
    private final Notices notices;

    CustomerRecordController(
            Customers customers,
            CustomerLifecycle lifecycle,
            RecordPage page,
            ProfileValidation validation,
            Notices notices) {
        this.customers = customers;
        this.lifecycle = lifecycle;
        this.page = page;
        this.validation = validation;
        this.notices = notices;
    }

    @GetMapping("/customers/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        return page.show(id, null, model);
    }

    /** Saves the profile unless the form is stale, the customer archived, or a field wrong; then shows why. */
    @PostMapping("/customers/{id:\\d+}")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") CustomerForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CustomerProfile profile = form.toProfile();
        if (!validation.check(profile, errors)) {
            return showAgain(id, form, model, response, HttpStatus.UNPROCESSABLE_ENTITY);
        }

        try {
            customers.update(id, form.versionOrNone(), profile, CurrentActor.get());
        } catch (EmailTakenException e) {
            validation.rejectEmailTaken(e, errors);
            return showAgain(id, form, model, response, HttpStatus.CONFLICT);
        } catch (ConflictException e) {
            model.addAttribute("conflict", notices.text(conflictKey(id, form, e)));
            return showAgain(id, form, model, response, HttpStatus.CONFLICT);
        } catch (InvalidInputException e) {
            validation.reject(e, errors);
            return showAgain(id, form, model, response, HttpStatus.UNPROCESSABLE_ENTITY);
        }

        redirect.addFlashAttribute("notice", Notice.success(notices.text("record.edit.saved")));
        return redirectTo(id);
    }

    @PostMapping("/customers/{id:\\d+}/{slug:" + RecordAction.SIMPLE_SLUGS + "}")
    String act(
            @PathVariable long id,
            @PathVariable String slug,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        RecordAction action = RecordAction.ofSlug(slug);
        customers.get(id, CurrentActor.get().locations());

        return run(action, id, reason, redirect);
    }

    /** Erases the customer's personal data, only when the staff user typed the customer's full name. */
    @PostMapping("/customers/{id:\\d+}/erase")
    String erase(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String confirmName,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        actor.require(RecordAction.ERASE.lifecycleAction().permission());
        CustomerDetails customer = customers.get(id, actor.locations());

        if (!customer.fullName().strip().equals(confirmName.strip())) {
            redirect.addFlashAttribute("notice", Notice.danger(notices.text("record.erase.mismatch")));
            return redirectTo(id);
        }
        return run(RecordAction.ERASE, id, reason, redirect);
    }

    private String run(RecordAction action, long id, String reason, RedirectAttributes redirect) {
        try {
            LifecycleResult result = lifecycle.apply(
                    action.lifecycleAction(), Selection.of(id), action.reasonFrom(reason), CurrentActor.get());
            redirect.addFlashAttribute("notice", notices.outcome(action, result, id));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("notice", Notice.danger(notices.text("record.action.refused", e.getMessage())));
        }
        return redirectTo(id);
    }

    private String showAgain(long id, CustomerForm form, Model model, HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        return page.show(id, form, model);
    }

    /** A form loaded before an archive is as stale as any other; only a current one hears of the archive. */
    private String conflictKey(long id, CustomerForm form, ConflictException e) {
        boolean archived = "customer-archived".equals(e.code());
        if (archived && customers.get(id, CurrentActor.get().locations()).version() != form.versionOrNone()) {
            return "record.edit.staleArchived";
        }
        return archived ? "record.edit.archived" : "record.edit.stale";
    }

    private static String redirectTo(long id) {
        return "redirect:/customers/" + id;
    }
}
