package app.nook.billing;

import java.time.YearMonth;

/**
 * What the invoices list is narrowed to.
 *
 * @param status only invoices in this status, or every status when null
 * @param issuedIn only invoices issued in this month, or every month when null
 */
public record InvoiceFilter(InvoiceStatus status, YearMonth issuedIn) {

    public static InvoiceFilter none() {
        return new InvoiceFilter(null, null);
    }
}
