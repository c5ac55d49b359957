package app.nook.customer.web;

import app.nook.customer.CustomerDetails;
import app.nook.customer.Customers;
import app.nook.file.CustomerFiles;
import app.nook.file.FileDownload;
import app.nook.file.FileRefusedException;
import app.nook.file.StoredFile;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import app.nook.system.NookProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploads files to a customer's record and downloads them, archived customers' files included. */
@Controller
class CustomerFileController {

    private final Customers customers;
    private final CustomerFiles files;
    private final Notices notices;
    private final long maxMegabytes;

    CustomerFileController(Customers customers, CustomerFiles files, Notices notices, NookProperties properties) {
        this.customers = customers;
        this.files = files;
        this.notices = notices;
        this.maxMegabytes = properties.files().maxSize().toMegabytes();
    }

    /** Stores the file unless the customer is archived or the file is refused; the notice says which. */
    @PostMapping("/customers/{id:\\d+}/files")
    String upload(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean shared,
            RedirectAttributes redirect)
            throws IOException {
        Actor actor = CurrentActor.get();
        actor.require(Permission.EDIT_CUSTOMERS);
        CustomerDetails customer = customers.get(id, actor.locations());

        redirect.addFlashAttribute("notice", store(customer, file, shared, actor));
        return "redirect:/customers/" + id;
    }

    @GetMapping("/customers/{id:\\d+}/files/{fileId:\\d+}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_CUSTOMERS);
        customers.get(id, actor.locations());
        FileDownload download = files.open(id, fileId);

        StoredFile file = download.file();
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(file.originalName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .body(download.content());
    }

    private Notice store(CustomerDetails customer, MultipartFile file, boolean shared, Actor actor) throws IOException {
        if (customer.archived()) {
            return Notice.danger(notices.text("record.file.archived"));
        }
        if (file == null || file.isEmpty()) {
            return Notice.danger(notices.text("record.file.refused.EMPTY", maxMegabytes));
        }
        try {
            files.upload(customer.id(), file.getOriginalFilename(), file.getSize(), file, actor.name(), shared);
            return Notice.success(notices.text("record.file.uploaded", file.getOriginalFilename()));
        } catch (FileRefusedException e) {
            return Notice.danger(notices.text("record.file.refused." + e.reason(), maxMegabytes));
        }
    }
}
