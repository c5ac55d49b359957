package app.nook.importing;

import app.nook.customer.Customers;
import app.nook.customer.EmailOwner;
import app.nook.importing.ReportLine.Verdict;
import app.nook.location.Locations;
import app.nook.staff.Actor;
import app.nook.staff.Permission;
import app.nook.system.LocationScope;
import app.nook.system.NotFoundException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports customers from a CSV file in two steps: a dry run that reports every line, and an apply that runs the same
 * checks and creates every good line in one transaction, or nothing when a line is invalid. Lines whose email belongs
 * to an archived or an existing customer are reported and left alone: an import never restores or changes anyone.
 */
@Service
public class CustomerImport {

    private static final Logger log = LoggerFactory.getLogger(CustomerImport.class);

    private final UploadStore uploads;
    private final Customers customers;
    private final Locations locations;
    private final Validator validator;
    private final Clock clock;

    CustomerImport(UploadStore uploads, Customers customers, Locations locations, Validator validator, Clock clock) {
        this.uploads = uploads;
        this.customers = customers;
        this.locations = locations;
        this.validator = validator;
        this.clock = clock;
    }

    /** Keeps an uploaded file for this staff user and answers its columns, matched to fields by their headers. */
    @Transactional
    public ImportColumns upload(String fileName, byte[] content, Actor actor) {
        actor.require(Permission.EDIT_CUSTOMERS);
        CsvTable table = CsvTable.parse(content);
        String id = UUID.randomUUID().toString();

        uploads.deleteOlderThan(clock.instant().minus(Duration.ofDays(1)));
        String name = fileName == null || fileName.isBlank() ? "customers.csv" : fileName;
        uploads.save(id, actor.name(), name.length() > 255 ? name.substring(0, 255) : name, content, clock.instant());
        return new ImportColumns(id, table.headers(), table.rows().size(), matching(table.headers()));
    }

    /** @throws NotFoundException when this staff user uploaded no such file, or it expired */
    @Transactional(readOnly = true)
    public ImportColumns columns(String uploadId, Actor actor) {
        CsvTable table = table(uploadId, actor);
        return new ImportColumns(uploadId, table.headers(), table.rows().size(), matching(table.headers()));
    }

    /** Checks every line without changing anything. */
    @Transactional(readOnly = true)
    public ImportReport dryRun(String uploadId, Map<ImportField, Integer> mapping, Actor actor) {
        return check(table(uploadId, actor), mapping, actor).report(false);
    }

    /**
     * Checks every line again and, when none is invalid, creates a customer for each line to create; otherwise
     * changes nothing and answers the report with {@code applied} false.
     */
    @Transactional
    public ImportReport apply(String uploadId, Map<ImportField, Integer> mapping, Actor actor) {
        Checked checked = check(table(uploadId, actor), mapping, actor);
        if (!checked.report(false).canApply()) {
            return checked.report(false);
        }

        for (ParsedRow row : checked.toCreate()) {
            customers.create(row.profile(), row.registeredOn(), actor);
        }
        uploads.delete(uploadId);

        log.info("Imported {} customers for {}", checked.toCreate().size(), actor.name());
        return checked.report(true);
    }

    private CsvTable table(String uploadId, Actor actor) {
        actor.require(Permission.EDIT_CUSTOMERS);
        return CsvTable.parse(uploads.content(uploadId, actor.name())
                .orElseThrow(() -> new NotFoundException("Import file", uploadId)));
    }

    private Checked check(CsvTable table, Map<ImportField, Integer> mapping, Actor actor) {
        var reader = new RowReader(mapping, locations.all(), actor.locations(), validator, LocalDate.now(clock));
        List<ParsedRow> parsed = table.rows().stream().map(reader::read).toList();
        Map<String, EmailOwner> owners = customers.ownersOfEmails(parsed.stream()
                .filter(row -> row.profile() != null)
                .map(row -> row.profile().email())
                .toList());

        var checked = new Checked(table.rows().size(), actor.locations());
        Map<String, Long> seen = new HashMap<>();
        for (ParsedRow row : parsed) {
            checked.add(row, owners, seen);
        }
        return checked;
    }

    private static Map<ImportField, Integer> matching(List<String> headers) {
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            for (int column = 0; column < headers.size(); column++) {
                if (field.matches(headers.get(column)) && !mapping.containsValue(column)) {
                    mapping.put(field, column);
                    break;
                }
            }
        }
        return mapping;
    }

    /** The verdict on every line of one file. */
    private static final class Checked {

        private final int rows;
        private final LocationScope scope;
        private final List<ParsedRow> toCreate = new ArrayList<>();
        private final List<ReportLine> problems = new ArrayList<>();

        Checked(int rows, LocationScope scope) {
            this.rows = rows;
            this.scope = scope;
        }

        void add(ParsedRow row, Map<String, EmailOwner> owners, Map<String, Long> seen) {
            if (row.problem() != null) {
                problems.add(line(row.line(), Verdict.INVALID, row.problem()));
                return;
            }
            String email = row.profile().email().strip().toLowerCase(Locale.ROOT);
            EmailOwner owner = owners.get(email);
            Long earlier = seen.putIfAbsent(email, row.line());
            if (owner != null && !scope.covers(owner.homeLocationId())) {
                problems.add(line(
                        row.line(),
                        Verdict.EXISTING_MATCH,
                        "email belongs to a customer at another location — not changed"));
            } else if (owner != null && owner.archived()) {
                problems.add(line(
                        row.line(),
                        Verdict.ARCHIVED_MATCH,
                        "matches archived customer #%d — not restored".formatted(owner.customerId())));
            } else if (owner != null) {
                problems.add(line(
                        row.line(),
                        Verdict.EXISTING_MATCH,
                        "matches existing customer #%d — not changed".formatted(owner.customerId())));
            } else if (earlier != null) {
                problems.add(line(row.line(), Verdict.INVALID, "email already appears on line " + earlier));
            } else {
                toCreate.add(row);
            }
        }

        List<ParsedRow> toCreate() {
            return toCreate;
        }

        ImportReport report(boolean applied) {
            return new ImportReport(
                    applied,
                    rows,
                    toCreate.size(),
                    count(Verdict.INVALID),
                    count(Verdict.ARCHIVED_MATCH),
                    count(Verdict.EXISTING_MATCH),
                    List.copyOf(problems));
        }

        private int count(Verdict verdict) {
            return (int) problems.stream().filter(p -> p.verdict() == verdict).count();
        }

        private static ReportLine line(long line, Verdict verdict, String message) {
            return new ReportLine(line, verdict, "line %d: %s".formatted(line, message));
        }
    }
}
