package app.nook.contract.web;

import app.nook.contract.BillingPeriod;
import app.nook.contract.Contracts;
import app.nook.location.Locations;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Plans > New plan: a product sold at one location for a recurring price. */
@Controller
class NewPlanController {

    private final Contracts contracts;
    private final Locations locations;

    NewPlanController(Contracts contracts, Locations locations) {
        this.contracts = contracts;
        this.locations = locations;
    }

    @GetMapping("/plans/new")
    String form(@ModelAttribute("form") PlanForm form, Model model) {
        CurrentActor.get().require(Permission.MANAGE_BILLING);
        return page(model);
    }

    @PostMapping("/plans/new")
    String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model) {
        CurrentActor.get().require(Permission.MANAGE_BILLING);
        if (form.locationId() != null && locations.find(form.locationId()).isEmpty()) {
            errors.rejectValue("locationId", "plans.form.unknownLocation");
        }
        if (errors.hasErrors()) {
            return page(model);
        }

        contracts.createPlan(
                form.name().strip(),
                form.locationId(),
                form.price(),
                form.currency(),
                form.period(),
                CurrentActor.get());
        return "redirect:/plans";
    }

    private String page(Model model) {
        model.addAttribute("locations", locations.within(CurrentActor.get().locations()));
        model.addAttribute("periods", BillingPeriod.values());
        return "plans/new";
    }

    /** The fields of a new plan. */
    record PlanForm(
            @NotBlank @Size(max = 120) String name,
            @NotNull Long locationId,

            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
            BigDecimal price,

            @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull BillingPeriod period) {}
}
