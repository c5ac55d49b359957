package app.nook.portal.web;

import app.nook.billing.InvoiceDocuments;
import app.nook.billing.Invoices;
import app.nook.contract.Contracts;
import app.nook.file.SharedFile;
import app.nook.file.SharedFiles;
import app.nook.system.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The customer's contracts, invoices and shared files. Every record is looked up together with its owner, so an id
 * of another customer's record answers 404, exactly as an id that does not exist.
 */
@Controller
class PortalRecordsController {

    private final Contracts contracts;
    private final Invoices invoices;
    private final InvoiceDocuments invoiceDocuments;
    private final SharedFiles files;

    PortalRecordsController(
            Contracts contracts, Invoices invoices, InvoiceDocuments invoiceDocuments, SharedFiles files) {
        this.contracts = contracts;
        this.invoices = invoices;
        this.invoiceDocuments = invoiceDocuments;
        this.files = files;
    }

    @GetMapping("/portal/contracts")
    String contracts(Principal principal, Model model) {
        model.addAttribute("contracts", contracts.ofCustomer(CurrentCustomer.id(principal)));
        return "portal/contracts";
    }

    @GetMapping("/portal/invoices")
    String invoices(Principal principal, Model model) {
        model.addAttribute("invoices", invoices.ofCustomer(CurrentCustomer.id(principal)));
        return "portal/invoices";
    }

    @GetMapping("/portal/invoices/{id}")
    String invoice(Principal principal, @PathVariable long id, Model model) {
        var document = invoiceDocuments
                .ofCustomer(CurrentCustomer.id(principal), id)
                .orElseThrow(() -> new NotFoundException("Invoice", id));

        model.addAttribute("document", document);
        return "portal/invoice";
    }

    @GetMapping("/portal/files")
    String files(Principal principal, Model model) {
        model.addAttribute("files", files.of(CurrentCustomer.id(principal)));
        return "portal/files";
    }

    @GetMapping("/portal/files/{id}")
    ResponseEntity<Resource> download(Principal principal, @PathVariable long id) {
        SharedFile shared =
                files.open(CurrentCustomer.id(principal), id).orElseThrow(() -> new NotFoundException("File", id));

        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(shared.file().originalName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(mediaTypeOf(shared.file().contentType()))
                .contentLength(shared.file().sizeBytes())
                .body(new FileSystemResource(shared.content()));
    }

    private static MediaType mediaTypeOf(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMimeTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
