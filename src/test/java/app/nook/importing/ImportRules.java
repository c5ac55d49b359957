package app.nook.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.importing.ReportLine.Verdict;
import app.nook.staff.Actor;
import app.nook.support.IntegrationTest;
import app.nook.system.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Customer import: a dry run that reports each line, an apply that is all or nothing, archived ones left alone. */
abstract class ImportRules extends IntegrationTest {

    @Autowired
    CustomerImport imports;

    @Autowired
    CustomerLifecycle lifecycle;

    long location;

    @BeforeEach
    void setUpLocation() {
        location = data.location();
    }

    @Test
    void aLargeFileReportsExactlyItsBadLinesAndChangesNothingUntilApplied() {
        StringBuilder csv = new StringBuilder("Full name,Email,Phone,Tags\n");
        for (int i = 0; i < 10_000; i++) {
            String email = i == 15 ? "not-an-email" : i == 40 ? "" : "person" + i + "@example.com";
            csv.append("Person ").append(i).append(',').append(email).append(",+49 30 1,a;b\n");
        }
        ImportColumns columns = upload(csv.toString());

        ImportReport report = imports.dryRun(columns.uploadId(), columns.mapping(), Actor.system());

        assertThat(report.rows()).isEqualTo(10_000);
        assertThat(report.toCreate()).isEqualTo(9_998);
        assertThat(report.problems()).extracting(ReportLine::line).containsExactly(17L, 42L);
        assertThat(report.problems().get(0).message()).startsWith("line 17: email");
        assertThat(customers()).isZero();

        ImportReport refused = imports.apply(columns.uploadId(), columns.mapping(), Actor.system());

        assertThat(refused.applied()).isFalse();
        assertThat(customers()).isZero();
    }

    @Test
    void applyCreatesExactlyTheGoodLinesAndLeavesArchivedCustomersAlone() {
        long archived = data.customer(location, "gone@example.com");
        lifecycle.archive(Selection.of(archived), "Left", Actor.system());
        long live = data.customer(location, "here@example.com");
        long versionBefore = data.customerState(archived).version();
        ImportColumns columns = upload("""
                name,email
                New One,new1@example.com
                Gone Again,GONE@example.com
                Here Again,here@example.com
                New Two,new2@example.com
                """);

        ImportReport report = imports.apply(columns.uploadId(), columns.mapping(), Actor.system());

        assertThat(report.applied()).isTrue();
        assertThat(report.toCreate()).isEqualTo(2);
        assertThat(report.problems())
                .extracting(ReportLine::verdict)
                .containsExactly(Verdict.ARCHIVED_MATCH, Verdict.EXISTING_MATCH);
        assertThat(report.problems().get(0).message())
                .isEqualTo("line 3: matches archived customer #" + archived + " — not restored");
        assertThat(customers()).isEqualTo(4);
        assertThat(data.customerState(archived).archived()).isTrue();
        assertThat(data.customerState(archived).version()).isEqualTo(versionBefore);
        assertThat(data.count("select count(*) from audit_entry where action = 'CUSTOMER_CREATED'"))
                .isEqualTo(4);
        assertThat(live).isPositive();
    }

    @Test
    void quotesUnicodeEmptyValuesAndFormulasAreReadWithoutTrouble() {
        ImportColumns columns = upload("""
                "Full name","E-mail",Company,Notes,Kind
                "Zoë ""Zed"" Ørsted",zoe@example.com,"Café, Ltd","=HYPERLINK(""x"")",company
                Ünal,unal@example.com,,,
                "=1+2",formula@example.com,@SUM(A1),-3,
                """);

        ImportReport report = imports.apply(columns.uploadId(), columns.mapping(), Actor.system());

        assertThat(report.problems()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(data.count("select count(*) from customer where full_name = ?", "Zoë \"Zed\" Ørsted"))
                .isEqualTo(1);
        assertThat(data.count("select count(*) from customer where company_name = ?", "Café, Ltd"))
                .isEqualTo(1);
    }

    @Test
    void aFileThatIsNotUtf8OrNotCsvIsRefusedInPlainWords() {
        byte[] latin1 = "full name,email\nJürgen,j@example.com\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] unterminated = "full name,email\n\"Open quote,o@example.com\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> imports.upload("latin1.csv", latin1, Actor.system()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> imports.upload("broken.csv", unterminated, Actor.system()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The file is not a readable CSV file")
                .hasMessageNotContaining("org.apache");
        assertThat(customers()).isZero();
    }

    private ImportColumns upload(String csv) {
        return imports.upload("customers.csv", csv.getBytes(StandardCharsets.UTF_8), Actor.system());
    }

    private int customers() {
        return data.count("select count(*) from customer");
    }
}
