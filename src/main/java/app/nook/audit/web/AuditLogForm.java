package app.nook.audit.web;

import app.nook.audit.AuditAction;
import app.nook.audit.AuditFilter;
import app.nook.system.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audit log's filters as typed in the address; refused with a field name when one cannot be read. */
record AuditLogForm(String actor, String action, String customer, String from, String to, String page) {

    /**
     * The filter these values describe.
     *
     * @throws InvalidInputException naming the first field that cannot be read, or {@code to} when the range ends
     *     before it starts
     */
    AuditFilter toFilter() {
        LocalDate fromDay = parseDay("from", from);
        LocalDate toDay = parseDay("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new InvalidInputException("range", "The range ends before it starts");
        }
        return new AuditFilter(blankToNull(actor), parseAction(), parseCustomer(), fromDay, toDay);
    }

    /** The filters, without the page, for links that keep them. */
    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("actor", actor);
        params.put("action", action);
        params.put("customer", customer);
        params.put("from", from);
        params.put("to", to);
        return params;
    }

    private AuditAction parseAction() {
        if (action == null || action.isBlank()) {
            return null;
        }
        return Arrays.stream(AuditAction.values())
                .filter(known -> known.name().equalsIgnoreCase(action.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("action", "Unknown action"));
    }

    private Long parseCustomer() {
        if (customer == null || customer.isBlank()) {
            return null;
        }
        String digits = customer.strip().startsWith("#") ? customer.strip().substring(1) : customer.strip();
        if (!digits.matches("\\d{1,18}")) {
            throw new InvalidInputException("customer", "A customer id is a number");
        }
        return Long.valueOf(digits);
    }

    private static LocalDate parseDay(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 1900 || day.getYear() > 9999) {
                throw new InvalidInputException(field, "The date is out of range");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "A date must look like 2025-03-31");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
