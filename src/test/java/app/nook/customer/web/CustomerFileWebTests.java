package app.nook.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.nook.customer.lifecycle.Selection;
import app.nook.file.CustomerFiles;
import app.nook.staff.Actor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/** Uploading files to a customer's record, refusing the wrong ones, and downloading them. */
class CustomerFileWebTests extends RecordWebTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @Autowired
    CustomerFiles files;

    @Test
    void aPdfIsStoredWithTheTypeItsContentProves() throws Exception {
        long customer = data.customer(location);

        var response = upload(customer, new MockMultipartFile("file", "agreement.pdf", "text/plain", PDF));

        response.andExpect(redirectedUrl("/customers/" + customer));
        assertThat(files.ofCustomer(customer)).singleElement().satisfies(file -> {
            assertThat(file.originalName()).isEqualTo("agreement.pdf");
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.uploadedBy()).isEqualTo(STAFF);
        });
    }

    @Test
    void pngTextAndWordFilesAreAccepted() throws Exception {
        long customer = data.customer(location);

        upload(customer, new MockMultipartFile("file", "photo.png", "image/png", PNG));
        upload(customer, new MockMultipartFile("file", "notes.txt", "text/plain", "Hello\nthere".getBytes()));
        upload(customer, new MockMultipartFile("file", "letter.docx", "application/octet-stream", docx()));

        assertThat(files.ofCustomer(customer))
                .extracting(f -> f.contentType())
                .containsExactlyInAnyOrder(
                        "image/png",
                        "text/plain",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void anExecutableNamedLikeAPdfIsRefused() throws Exception {
        long customer = data.customer(location);

        var response = upload(customer, new MockMultipartFile("file", "invoice.pdf", "application/pdf", EXECUTABLE));

        response.andExpect(flash().attribute("notice", refused("This type of file is refused")));
        assertThat(files.ofCustomer(customer)).isEmpty();
    }

    @Test
    void aZipThatIsNoWordDocumentIsRefused() throws Exception {
        long customer = data.customer(location);

        upload(customer, new MockMultipartFile("file", "letter.docx", "application/zip", zipWith("other.txt")));

        assertThat(files.ofCustomer(customer)).isEmpty();
    }

    @Test
    void anUnlistedTypeIsRefusedWhateverItsContent() throws Exception {
        long customer = data.customer(location);

        upload(customer, new MockMultipartFile("file", "page.html", "text/html", "<p>hi</p>".getBytes()));

        assertThat(files.ofCustomer(customer)).isEmpty();
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        long customer = data.customer(location);

        var response = upload(customer, new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]));

        response.andExpect(flash().attribute("notice", Notice.danger("Choose a file that is not empty.")));
        assertThat(files.ofCustomer(customer)).isEmpty();
    }

    @Test
    void aFileOverTheConfiguredLimitIsRefused() throws Exception {
        long customer = data.customer(location);
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);

        var response = upload(customer, new MockMultipartFile("file", "big.pdf", "application/pdf", large));

        response.andExpect(
                flash().attribute("notice", Notice.danger("The file is too large: files may be at most 10 MB.")));
        assertThat(files.ofCustomer(customer)).isEmpty();
    }

    @Test
    void aNameWithPathTricksIsRefused() throws Exception {
        long customer = data.customer(location);

        upload(customer, new MockMultipartFile("file", "../../etc/agreement.pdf", "application/pdf", PDF));
        upload(customer, new MockMultipartFile("file", "..\\agreement.pdf", "application/pdf", PDF));

        assertThat(files.ofCustomer(customer)).isEmpty();
    }

    @Test
    void unusualCharactersInANameAreReplaced() throws Exception {
        long customer = data.customer(location);

        upload(customer, new MockMultipartFile("file", "Vertrag <März>.pdf", "application/pdf", PDF));

        assertThat(files.ofCustomer(customer)).extracting(f -> f.originalName()).containsExactly("Vertrag _März_.pdf");
    }

    @Test
    void anArchivedCustomerTakesNoUpload() throws Exception {
        long customer = data.customer(location);
        lifecycle.archive(Selection.of(customer), null, Actor.system());

        upload(customer, new MockMultipartFile("file", "agreement.pdf", "application/pdf", PDF));

        assertThat(files.ofCustomer(customer)).isEmpty();
    }

    @Test
    void aFileDownloadsAsAnAttachmentWithItsStoredType() throws Exception {
        long customer = data.customer(location);
        long file =
                files.store(customer, "agreement.pdf", "application/pdf", new ByteArrayInputStream(PDF), "x", false);

        var response =
                mvc.perform(get("/customers/{id}/files/{file}", customer, file).with(staff()));

        response.andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", containsString("agreement.pdf")))
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void anArchivedCustomersFileStillDownloads() throws Exception {
        long customer = data.customer(location);
        long file =
                files.store(customer, "agreement.pdf", "application/pdf", new ByteArrayInputStream(PDF), "x", false);
        lifecycle.archive(Selection.of(customer), null, Actor.system());

        var response =
                mvc.perform(get("/customers/{id}/files/{file}", customer, file).with(staff()));

        response.andExpect(status().isOk()).andExpect(content().bytes(PDF));
    }

    @Test
    void anotherCustomersFileIdIsNotFound() throws Exception {
        long owner = data.customer(location);
        long other = data.customer(location);
        long file = files.store(owner, "agreement.pdf", "application/pdf", new ByteArrayInputStream(PDF), "x", false);

        var response =
                mvc.perform(get("/customers/{id}/files/{file}", other, file).with(staff()));

        response.andExpect(status().isNotFound());
    }

    private ResultActions upload(long customer, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/customers/{id}/files", customer)
                .file(file)
                .with(staff())
                .with(csrf()));
    }

    private static Notice refused(String start) {
        return Notice.danger(
                start + ": upload a PDF, PNG, JPEG, plain text or Word (DOCX) file whose content matches its name.");
    }

    private static byte[] docx() throws IOException {
        return zipWith("[Content_Types].xml", "word/document.xml");
    }

    private static byte[] zipWith(String... names) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
