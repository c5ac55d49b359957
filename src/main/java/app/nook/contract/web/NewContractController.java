package app.nook.contract.web;

import app.nook.contract.ContractListing;
import app.nook.contract.Contracts;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.LocationDeniedException;
import app.nook.staff.Permission;
import app.nook.system.InvalidInputException;
import app.nook.system.LocationScope;
import app.nook.system.NotFoundException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sells a plan to a customer: the form, its customer picker, and the post that creates the contract. */
@Controller
class NewContractController {

    private final Contracts contracts;
    private final ContractListing listing;
    private final Clock clock;

    NewContractController(Contracts contracts, ContractListing listing, Clock clock) {
        this.contracts = contracts;
        this.listing = listing;
        this.clock = clock;
    }

    @GetMapping("/contracts/new")
    String form(Model model) {
        CurrentActor.get().require(Permission.MANAGE_BILLING);

        return show(ContractForm.startingOn(LocalDate.now(clock)), model);
    }

    /** The picker's options: live customers matching what was typed, as a fragment for htmx. */
    @GetMapping("/contracts/customer-options")
    String customerOptions(@RequestParam(name = "customerQuery", required = false) String query, Model model) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.MANAGE_BILLING);

        model.addAttribute("options", listing.customerOptions(query, actor.locations()));
        model.addAttribute("searched", query != null && !query.isBlank());
        return "contracts/new :: options";
    }

    @PostMapping("/contracts/new")
    String create(
            @Valid @ModelAttribute("contractForm") ContractForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CurrentActor.get().require(Permission.MANAGE_BILLING);
        if (form == null) {
            model.addAttribute("unreadable", true);
            return show(ContractForm.startingOn(LocalDate.now(clock)), model);
        }
        if (result.hasErrors()) {
            return showWithErrors(form, result, model);
        }

        try {
            contracts.create(form.toNewContract(), CurrentActor.get());
        } catch (InvalidInputException e) {
            reject(result, e);
            return showWithErrors(form, result, model);
        } catch (NotFoundException | LocationDeniedException e) {
            result.rejectValue("planId", "contracts.invalid.planId", e.getMessage());
            return showWithErrors(form, result, model);
        }
        redirect.addFlashAttribute("created", true);
        return "redirect:/contracts";
    }

    private static void reject(BindingResult result, InvalidInputException e) {
        if (e.field() == null) {
            result.reject("contracts.invalid", e.getMessage());
        } else {
            result.rejectValue(e.field(), "contracts.invalid." + e.field(), e.getMessage());
        }
    }

    /**
     * Shows the posted form with its errors. When a value could not be converted, binding leaves no form in the
     * model; the errors are then carried over to the form as far as it was read, so that each shows at its field.
     */
    private String showWithErrors(ContractForm form, BindingResult result, Model model) {
        var errors = new BeanPropertyBindingResult(form, "contractForm");
        errors.addAllErrors(result);
        model.addAttribute("contractForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "contractForm", errors);
        return show(form, model);
    }

    private String show(ContractForm form, Model model) {
        LocationScope scope = CurrentActor.get().locations();
        if (model.getAttribute("contractForm") == null) {
            model.addAttribute("contractForm", form);
        }
        model.addAttribute(
                "plans",
                listing.plans(scope).stream().filter(plan -> !plan.archived()).toList());
        model.addAttribute(
                "options", form.customerId() == null ? List.of() : listing.customerOption(form.customerId(), scope));
        model.addAttribute("searched", false);
        return "contracts/new";
    }
}
