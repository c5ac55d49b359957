package app.nook.billing.api;

import app.nook.api.ApiController;
import app.nook.api.ApiPage;
import app.nook.billing.InvoiceFilter;
import app.nook.billing.InvoiceListing;
import app.nook.billing.InvoiceRow;
import app.nook.billing.InvoiceSummary;
import app.nook.billing.Invoices;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import app.nook.system.InvalidInputException;
import app.nook.system.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Invoices: listed without archived customers' ones, and read one by one. */
@ApiController
@Tag(name = "Invoices")
class InvoiceApiController {

    private final Invoices invoices;
    private final InvoiceListing listing;

    InvoiceApiController(Invoices invoices, InvoiceListing listing) {
        this.invoices = invoices;
        this.listing = listing;
    }

    @GetMapping("/api/v1/invoices")
    @Operation(summary = "Invoices of customers who are not archived, newest first")
    ApiPage<InvoiceRow> list(@RequestParam(defaultValue = "0") int page) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.MANAGE_BILLING);
        if (page < 0) {
            throw new InvalidInputException("page", "Page numbers start at 0");
        }

        ResultPage<InvoiceRow> found = listing.page(InvoiceFilter.none(), page + 1, actor.locations());
        return ApiPage.of(found.items(), page, found.size(), found.total());
    }

    @GetMapping("/api/v1/invoices/{id}")
    @Operation(summary = "One invoice")
    InvoiceSummary get(@PathVariable long id) {
        return invoices.get(id, CurrentActor.get());
    }
}
