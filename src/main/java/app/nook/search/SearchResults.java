package app.nook.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What a global search found, each kind cut at its limit.
 *
 * @param query the query as searched, trimmed
 * @param moreCustomers whether more customers matched than are listed; likewise for invoices and contracts
 */
public record SearchResults(
        String query,
        List<CustomerHit> customers,
        boolean moreCustomers,
        List<InvoiceHit> invoices,
        boolean moreInvoices,
        List<ContractHit> contracts,
        boolean moreContracts) {

    public SearchResults {
        customers = List.copyOf(customers);
        invoices = List.copyOf(invoices);
        contracts = List.copyOf(contracts);
    }

    public boolean isEmpty() {
        return customers.isEmpty() && invoices.isEmpty() && contracts.isEmpty();
    }

    /** A customer that matched; {@code archived} ones are shown with a badge. */
    public record CustomerHit(
            long id, String fullName, String email, String companyName, String phone, boolean archived) {}

    /** An invoice whose number matched, with the customer it belongs to. */
    public record InvoiceHit(
            long id,
            String number,
            long customerId,
            String customerName,
            boolean customerArchived,
            LocalDate issuedOn) {}

    /** A contract whose number matched, with the customer it belongs to. */
    public record ContractHit(
            long id,
            String number,
            long customerId,
            String customerName,
            boolean customerArchived,
            String planName,
            String status) {}
}
