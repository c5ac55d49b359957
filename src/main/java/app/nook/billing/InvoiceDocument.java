package app.nook.billing;

import java.util.List;

/** One invoice with everything a printed copy shows. */
public record InvoiceDocument(
        InvoiceSummary invoice, String locationName, String locationAddress, List<InvoiceLineItem> lines) {}
