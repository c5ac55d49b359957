package app.nook.customer.web;

import app.nook.customer.CustomerKind;
import app.nook.customer.CustomerProfile;
import app.nook.customer.Customers;
import app.nook.customer.EmailArchivedException;
import app.nook.customer.EmailTakenException;
import app.nook.location.Location;
import app.nook.location.Locations;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.system.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form for a new customer. When the email belongs to an archived customer it names that record and offers to
 * restore it, or to create a new record anyway.
 */
@Controller
class NewCustomerController {

    private final Customers customers;
    private final Locations locations;
    private final ProfileValidation validation;
    private final Notices notices;

    NewCustomerController(Customers customers, Locations locations, ProfileValidation validation, Notices notices) {
        this.customers = customers;
        this.locations = locations;
        this.validation = validation;
        this.notices = notices;
    }

    @GetMapping("/customers/new")
    String form(Model model) {
        List<Location> all = locations.within(CurrentActor.get().locations());

        model.addAttribute(
                "form", CustomerForm.blank(all.isEmpty() ? null : all.get(0).id()));
        return view(all, model);
    }

    /**
     * Creates the customer and opens their record.
     *
     * @param anyway true when the staff user chose a new record over restoring the archived one with this email
     */
    @PostMapping("/customers/new")
    String create(
            @ModelAttribute("form") CustomerForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "false") boolean anyway,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CustomerProfile profile = form.toProfile();
        if (!validation.check(profile, errors)) {
            return showAgain(model, response, HttpStatus.UNPROCESSABLE_ENTITY);
        }

        long id;
        try {
            Actor actor = CurrentActor.get();
            id = anyway ? customers.createAlongsideArchived(profile, actor) : customers.create(profile, actor);
        } catch (EmailArchivedException e) {
            model.addAttribute("archivedMatch", new ArchivedMatch(e.archivedCustomerId(), e.archivedCustomerName()));
            return showAgain(model, response, HttpStatus.CONFLICT);
        } catch (EmailTakenException e) {
            validation.rejectEmailTaken(e, errors);
            return showAgain(model, response, HttpStatus.CONFLICT);
        } catch (InvalidInputException e) {
            validation.reject(e, errors);
            return showAgain(model, response, HttpStatus.UNPROCESSABLE_ENTITY);
        }

        redirect.addFlashAttribute("notice", Notice.success(notices.text("record.new.created")));
        return "redirect:/customers/" + id;
    }

    private String showAgain(Model model, HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        return view(locations.within(CurrentActor.get().locations()), model);
    }

    private static String view(List<Location> all, Model model) {
        model.addAttribute("locations", all);
        model.addAttribute("kinds", CustomerKind.values());
        return "customer/new";
    }

    /** The archived customer who already has the email the form asked for. */
    record ArchivedMatch(long id, String fullName) {}
}
