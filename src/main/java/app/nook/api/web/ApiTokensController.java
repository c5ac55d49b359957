package app.nook.api.web;

import app.nook.api.ApiScope;
import app.nook.api.ApiTokens;
import app.nook.staff.CurrentActor;
import app.nook.system.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in staff user's API tokens: list, create (showing the secret once) and revoke. */
@Controller
class ApiTokensController {

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/settings/api-tokens")
    String list(Model model) {
        return page(model);
    }

    @PostMapping("/settings/api-tokens")
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) List<String> scopes,
            Model model) {
        try {
            model.addAttribute("issued", tokens.issue(CurrentActor.get().name(), name, scopesOf(scopes)));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
        }
        return page(model);
    }

    @PostMapping("/settings/api-tokens/{id}/revoke")
    String revoke(@PathVariable long id) {
        tokens.revoke(CurrentActor.get().name(), id);
        return "redirect:/settings/api-tokens";
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.ofStaff(CurrentActor.get().name()));
        model.addAttribute("scopes", ApiScope.values());
        return "settings/api-tokens";
    }

    private static Set<ApiScope> scopesOf(List<String> names) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (ApiScope scope : ApiScope.values()) {
            if (names != null && names.contains(scope.wireName())) {
                scopes.add(scope);
            }
        }
        return scopes;
    }
}
