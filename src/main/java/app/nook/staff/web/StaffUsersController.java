package app.nook.staff.web;

import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import app.nook.staff.Role;
import app.nook.staff.StaffAccounts;
import app.nook.system.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Settings > Staff users: who may sign in to the admin panel, with which roles and in which locations. */
@Controller
class StaffUsersController {

    private final StaffAccounts accounts;

    StaffUsersController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/settings/staff")
    String list(@ModelAttribute("form") StaffForm form, Model model) {
        CurrentActor.get().require(Permission.MANAGE_SETTINGS);
        return page(model);
    }

    @PostMapping("/settings/staff")
    String add(@ModelAttribute("form") StaffForm form, Model model) {
        try {
            accounts.add(
                    form.email(),
                    form.fullName(),
                    form.password(),
                    form.roleSet(),
                    locationSet(form.locations()),
                    CurrentActor.get());
            return "redirect:/settings/staff";
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.getMessage());
            return page(model);
        }
    }

    @PostMapping("/settings/staff/{id}/access")
    String change(
            @PathVariable long id,
            @RequestParam(required = false) List<Role> roles,
            @RequestParam(required = false) List<Long> locations,
            Model model) {
        try {
            accounts.change(id, StaffForm.roleSet(roles), locationSet(locations), CurrentActor.get());
            return "redirect:/settings/staff";
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("form", new StaffForm(null, null, null, null, null));
            return page(model);
        }
    }

    @PostMapping("/settings/staff/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, Model model) {
        try {
            accounts.setEnabled(id, enabled, CurrentActor.get());
            return "redirect:/settings/staff";
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("form", new StaffForm(null, null, null, null, null));
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("staff", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("locations", accounts.locationChoices());
        return "settings/staff";
    }

    private static Set<Long> locationSet(List<Long> locations) {
        return locations == null ? Set.of() : new TreeSet<>(locations);
    }

    /**
     * The fields of a new staff user; the password is never shown again. No locations means every location.
     */
    record StaffForm(String email, String fullName, String password, List<Role> roles, List<Long> locations) {

        EnumSet<Role> roleSet() {
            return roleSet(roles);
        }

        static EnumSet<Role> roleSet(List<Role> roles) {
            return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        }
    }
}
