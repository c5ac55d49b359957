package app.nook.billing.web;

import app.nook.billing.InvoiceFilter;
import app.nook.billing.InvoiceStatus;
import app.nook.system.InvalidInputException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The invoices list's filters as typed in the address; refused with a field name when one cannot be read. */
record InvoiceListForm(String status, String month, String page) {

    /**
     * The filter these values describe.
     *
     * @throws InvalidInputException naming {@code status} or {@code month} when one cannot be read
     */
    InvoiceFilter toFilter() {
        return new InvoiceFilter(parseStatus(), parseMonth());
    }

    /** The filters, without the page, for links that keep them. */
    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("month", month);
        return params;
    }

    private InvoiceStatus parseStatus() {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(InvoiceStatus.values())
                .filter(known -> known.name().equalsIgnoreCase(status.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "Unknown invoice status"));
    }

    private YearMonth parseMonth() {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            YearMonth parsed = YearMonth.parse(month.strip());
            if (parsed.getYear() < 1900 || parsed.getYear() > 9999) {
                throw new InvalidInputException("month", "The month is out of range");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "The month must look like 2025-03");
        }
    }
}
