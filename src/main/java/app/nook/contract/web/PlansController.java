package app.nook.contract.web;

import app.nook.contract.ContractListing;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The list of plans at the staff user's locations, with how many active contracts each one has. */
@Controller
class PlansController {

    private final ContractListing listing;

    PlansController(ContractListing listing) {
        this.listing = listing;
    }

    @GetMapping("/plans")
    String plans(Model model) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_CUSTOMERS);

        model.addAttribute("plans", listing.plans(actor.locations()));
        return "plans/list";
    }
}
