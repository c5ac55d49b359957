package app.nook.customer.web;

import app.nook.customer.CustomerExport;
import app.nook.customer.CustomerListing;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Bulk actions > Export CSV: the selected customers, or all matching, as a spreadsheet-friendly file. */
@Controller
class CustomerExportController {

    private final CustomerExport export;
    private final CustomerListing listing;

    CustomerExportController(CustomerExport export, CustomerListing listing) {
        this.export = export;
        this.listing = listing;
    }

    @GetMapping("/customers/export.csv")
    void export(@ModelAttribute BulkSelection selection, HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        var resolved = selection.resolve(listing, actor.locations());

        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customers.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        export.write(resolved, actor, response.getWriter());
    }
}
