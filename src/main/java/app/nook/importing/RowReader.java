package app.nook.importing;

import app.nook.customer.CustomerKind;
import app.nook.customer.CustomerProfile;
import app.nook.location.Location;
import app.nook.system.LocationScope;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads one row into a customer profile by the column mapping, with the rules a new customer's form applies. */
class RowReader {

    private final Map<ImportField, Integer> mapping;
    private final List<Location> locations;
    private final LocationScope scope;
    private final Validator validator;
    private final LocalDate today;

    /**
     * @param locations every location, by which a row may name its customer's home
     * @param scope the locations the importing staff user works in; a row homed elsewhere is refused
     */
    RowReader(
            Map<ImportField, Integer> mapping,
            List<Location> locations,
            LocationScope scope,
            Validator validator,
            LocalDate today) {
        this.mapping = mapping;
        this.locations = locations;
        this.scope = scope;
        this.validator = validator;
        this.today = today;
    }

    ParsedRow read(CsvTable.Row row) {
        Optional<CustomerKind> kind = kind(row.value(mapping.get(ImportField.KIND)));
        if (kind.isEmpty()) {
            return ParsedRow.invalid(row.line(), "kind must be INDIVIDUAL or COMPANY");
        }
        Optional<Long> location = location(row.value(mapping.get(ImportField.HOME_LOCATION)));
        if (location.isEmpty()) {
            return ParsedRow.invalid(row.line(), "home location is not a known location name or id");
        }
        if (!scope.covers(location.get())) {
            return ParsedRow.invalid(row.line(), "home location lies outside the locations you work in");
        }
        LocalDate registeredOn;
        try {
            registeredOn = registeredOn(row.value(mapping.get(ImportField.REGISTERED_ON)));
        } catch (DateTimeParseException e) {
            return ParsedRow.invalid(row.line(), "registration date must be written as YYYY-MM-DD");
        }
        if (registeredOn.isAfter(today)) {
            return ParsedRow.invalid(row.line(), "registration date lies in the future");
        }

        CustomerProfile profile = profile(row, kind.get(), location.get());
        return problem(profile)
                .map(problem -> ParsedRow.invalid(row.line(), problem))
                .orElseGet(() -> new ParsedRow(row.line(), profile, registeredOn, null));
    }

    private CustomerProfile profile(CsvTable.Row row, CustomerKind kind, long location) {
        return new CustomerProfile(
                kind,
                value(row, ImportField.FULL_NAME),
                value(row, ImportField.EMAIL),
                value(row, ImportField.PHONE),
                value(row, ImportField.COMPANY),
                value(row, ImportField.STREET),
                value(row, ImportField.POSTAL_CODE),
                value(row, ImportField.CITY),
                value(row, ImportField.COUNTRY).toUpperCase(Locale.ROOT),
                value(row, ImportField.TAX_ID),
                value(row, ImportField.NOTES),
                location,
                Arrays.stream(value(row, ImportField.TAGS).split(";"))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .collect(Collectors.toSet()));
    }

    private String value(CsvTable.Row row, ImportField field) {
        return row.value(mapping.get(field));
    }

    private Optional<String> problem(CustomerProfile profile) {
        return validator.validate(profile).stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(RowReader::describe);
    }

    private static String describe(ConstraintViolation<CustomerProfile> violation) {
        String field = violation
                .getPropertyPath()
                .toString()
                .replaceAll("([A-Z])", " $1")
                .toLowerCase(Locale.ROOT);
        return field + " " + violation.getMessage();
    }

    private static Optional<CustomerKind> kind(String value) {
        if (value.isEmpty()) {
            return Optional.of(CustomerKind.INDIVIDUAL);
        }
        return Arrays.stream(CustomerKind.values())
                .filter(kind -> kind.name().equalsIgnoreCase(value))
                .findFirst();
    }

    /** The named location; an empty value means the only location the staff user works in, if there is one. */
    private Optional<Long> location(String value) {
        List<Location> workplaces =
                locations.stream().filter(l -> scope.covers(l.id())).toList();
        if (value.isEmpty() && workplaces.size() == 1) {
            return Optional.of(workplaces.get(0).id());
        }
        return locations.stream()
                .filter(l -> l.name().equalsIgnoreCase(value)
                        || Long.toString(l.id()).equals(value))
                .map(Location::id)
                .findFirst();
    }

    private LocalDate registeredOn(String value) {
        return value.isEmpty() ? today : LocalDate.parse(value);
    }
}
