package app.nook.contract.web;

import app.nook.contract.ContractFilter;
import app.nook.contract.ContractListing;
import app.nook.contract.ContractStatus;
import app.nook.location.Locations;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import app.nook.system.InvalidInputException;
import app.nook.system.PageLinks;
import app.nook.system.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The paginated list of contracts, filtered by status and location. */
@Controller
class ContractsController {

    private final ContractListing listing;
    private final Locations locations;

    ContractsController(ContractListing listing, Locations locations) {
        this.listing = listing;
        this.locations = locations;
    }

    @GetMapping("/contracts")
    String contracts(ContractListForm form, Model model) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_CUSTOMERS);

        ContractFilter filter;
        try {
            filter = form.toFilter();
        } catch (InvalidInputException e) {
            model.addAttribute("invalidField", e.field());
            filter = ContractFilter.none();
        }

        model.addAttribute("form", form);
        model.addAttribute("statuses", ContractStatus.values());
        model.addAttribute("locations", locations.within(actor.locations()));
        model.addAttribute("page", listing.page(filter, ResultPage.requested(form.page()), actor.locations()));
        model.addAttribute("link", PageLinks.of("/contracts", form.params()));
        return "contracts/list";
    }
}
