package app.nook.portal.web;

import app.nook.customer.CustomerDetails;
import app.nook.portal.PortalCheckIns;
import app.nook.portal.PortalProfiles;
import app.nook.system.ConflictException;
import app.nook.system.InvalidInputException;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The portal's first page: who the customer is, their check-in, and the form for their contact details. */
@Controller
class PortalHomeController {

    private final PortalProfiles profiles;
    private final PortalCheckIns checkIns;

    PortalHomeController(PortalProfiles profiles, PortalCheckIns checkIns) {
        this.profiles = profiles;
        this.checkIns = checkIns;
    }

    @GetMapping({"/portal", "/portal/"})
    String home(Principal principal, Model model) {
        long customerId = CurrentCustomer.id(principal);
        CustomerDetails customer = profiles.get(customerId);
        return page(model, customer, ProfileForm.of(customer));
    }

    @PostMapping("/portal/profile")
    String saveProfile(
            Principal principal, @ModelAttribute("form") ProfileForm form, Model model, RedirectAttributes redirect) {
        long customerId = CurrentCustomer.id(principal);

        try {
            profiles.update(customerId, form.toChange());
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.code());
            return page(model, profiles.get(customerId), form);
        } catch (InvalidInputException e) {
            model.addAttribute("invalidField", e.field());
            model.addAttribute("invalidMessage", e.getMessage());
            return page(model, profiles.get(customerId), form);
        }

        redirect.addFlashAttribute("saved", true);
        return "redirect:/portal";
    }

    private String page(Model model, CustomerDetails customer, ProfileForm form) {
        model.addAttribute("customer", customer);
        model.addAttribute("form", form);
        model.addAttribute("checkIn", checkIns.current(customer.id()).orElse(null));
        return "portal/home";
    }
}
