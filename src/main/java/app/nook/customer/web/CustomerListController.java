package app.nook.customer.web;

import app.nook.contract.Contracts;
import app.nook.customer.CustomerListing;
import app.nook.customer.CustomerSort;
import app.nook.customer.CustomerView;
import app.nook.location.Location;
import app.nook.location.Locations;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import app.nook.system.LocationScope;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

/** Operations > Members and contacts: the paged, filtered list that bulk actions start from. */
@Controller
class CustomerListController {

    private final CustomerListing listing;
    private final Locations locations;
    private final Contracts contracts;

    CustomerListController(CustomerListing listing, Locations locations, Contracts contracts) {
        this.listing = listing;
        this.locations = locations;
        this.contracts = contracts;
    }

    @GetMapping("/customers")
    String list(@ModelAttribute("query") ListQuery query, Model model) {
        Actor actor = CurrentActor.get();
        LocationScope scope = actor.locations();
        model.addAttribute("page", query.read(listing, scope));
        model.addAttribute("views", CustomerView.values());
        model.addAttribute("sorts", CustomerSort.values());
        var all = locations.within(scope);
        Map<Long, String> names = all.stream().collect(Collectors.toMap(Location::id, Location::name));
        model.addAttribute("locations", all);
        model.addAttribute(
                "plans",
                contracts.plans(scope).stream()
                        .map(p ->
                                new PlanOption(p.id(), p.name() + " (" + names.getOrDefault(p.locationId(), "") + ")"))
                        .toList());
        model.addAttribute("bulkActions", BulkAction.offeredIn(query.view(), actor));
        return "customer/list";
    }

    /**
     * The exact number of customers the list's filter matches, as plain text: asked for when a person selects all
     * matching customers and the page only knows that more than its bound match.
     */
    @GetMapping(value = "/customers/count", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String count(@ModelAttribute("query") ListQuery query) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_CUSTOMERS);

        return Long.toString(listing.count(query.filter(), actor.locations()));
    }

    /** A plan as the filter offers it, named with its location because plans repeat across locations. */
    public record PlanOption(long id, String label) {}
}
