package app.nook.webhook.web;

import app.nook.staff.CurrentActor;
import app.nook.system.InvalidInputException;
import app.nook.webhook.WebhookEndpoint;
import app.nook.webhook.WebhookEndpoints;
import app.nook.webhook.WebhookEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings > Webhooks: the registered endpoints, a form for a new one, and each endpoint's delivery log. */
@Controller
class WebhookController {

    private final WebhookEndpoints endpoints;

    WebhookController(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GetMapping("/settings/webhooks")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WebhookForm.blank());
        }
        return view(model);
    }

    @PostMapping("/settings/webhooks")
    String register(@ModelAttribute("form") WebhookForm form, Model model, RedirectAttributes redirect) {
        WebhookEndpoint created;
        try {
            created = endpoints.register(form.url(), form.events(), CurrentActor.get());
        } catch (InvalidInputException e) {
            model.addAttribute("formError", e.getMessage());
            return view(model);
        }

        redirect.addFlashAttribute("createdSecret", created.secret());
        return "redirect:/settings/webhooks/" + created.id();
    }

    @GetMapping("/settings/webhooks/{id}")
    String endpoint(@PathVariable long id, Model model) {
        var actor = CurrentActor.get();
        model.addAttribute("endpoint", endpoints.get(id, actor));
        model.addAttribute("attempts", endpoints.log(id, actor));
        return "webhook/endpoint";
    }

    @PostMapping("/settings/webhooks/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled) {
        endpoints.setEnabled(id, enabled, CurrentActor.get());
        return "redirect:/settings/webhooks/" + id;
    }

    @PostMapping("/settings/webhooks/{id}/delete")
    String delete(@PathVariable long id) {
        endpoints.delete(id, CurrentActor.get());
        return "redirect:/settings/webhooks";
    }

    private String view(Model model) {
        model.addAttribute("endpoints", endpoints.all(CurrentActor.get()));
        model.addAttribute("allEvents", WebhookEvent.values());
        return "webhook/list";
    }
}
