package app.nook.location.web;

import app.nook.location.Locations;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Settings > Locations: the spaces of the business, and a form to add one. */
@Controller
class LocationsController {

    private final Locations locations;

    LocationsController(Locations locations) {
        this.locations = locations;
    }

    @GetMapping("/settings/locations")
    String list(@ModelAttribute("form") LocationForm form, Model model) {
        CurrentActor.get().require(Permission.MANAGE_SETTINGS);
        model.addAttribute("locations", locations.all());
        return "settings/locations";
    }

    @PostMapping("/settings/locations")
    String create(@Valid @ModelAttribute("form") LocationForm form, BindingResult errors, Model model) {
        CurrentActor.get().require(Permission.MANAGE_SETTINGS);
        checkTimeZone(form, errors);

        if (!errors.hasErrors()) {
            try {
                locations.create(
                        form.name().strip(), form.city().strip(), form.address().strip(), form.timeZone());
                return "redirect:/settings/locations";
            } catch (DuplicateKeyException e) {
                errors.rejectValue("name", "locations.nameTaken");
            }
        }
        model.addAttribute("locations", locations.all());
        return "settings/locations";
    }

    private static void checkTimeZone(LocationForm form, BindingResult errors) {
        try {
            if (form.timeZone() != null) {
                ZoneId.of(form.timeZone());
            }
        } catch (DateTimeException e) {
            errors.rejectValue("timeZone", "locations.badTimeZone");
        }
    }

    /** The fields of a new location. */
    record LocationForm(
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 120) String city,
            @NotBlank @Size(max = 300) String address,
            @NotBlank @Size(max = 64) String timeZone) {}
}
