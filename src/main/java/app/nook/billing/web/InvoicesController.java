package app.nook.billing.web;

import app.nook.billing.InvoiceFilter;
import app.nook.billing.InvoiceListing;
import app.nook.billing.InvoiceStatus;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import app.nook.system.InvalidInputException;
import app.nook.system.PageLinks;
import app.nook.system.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The paginated list of invoices, filtered by status and month of issue. */
@Controller
class InvoicesController {

    private final InvoiceListing listing;

    InvoicesController(InvoiceListing listing) {
        this.listing = listing;
    }

    @GetMapping("/invoices")
    String invoices(InvoiceListForm form, Model model) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.MANAGE_BILLING);

        InvoiceFilter filter;
        try {
            filter = form.toFilter();
        } catch (InvalidInputException e) {
            model.addAttribute("invalidField", e.field());
            filter = InvoiceFilter.none();
        }

        model.addAttribute("form", form);
        model.addAttribute("statuses", InvoiceStatus.values());
        model.addAttribute("page", listing.page(filter, ResultPage.requested(form.page()), actor.locations()));
        model.addAttribute("link", PageLinks.of("/invoices", form.params()));
        return "invoices/list";
    }
}
