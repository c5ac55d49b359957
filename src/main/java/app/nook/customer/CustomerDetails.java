package app.nook.customer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the customer record shows, archived customers included.
 *
 * @param version the optimistic-locking version that an edit must send back
 */
public record CustomerDetails(
        long id,
        CustomerKind kind,
        String fullName,
        String email,
        String phone,
        String companyName,
        String billingStreet,
        String billingPostalCode,
        String billingCity,
        String billingCountry,
        String taxId,
        String notes,
        long homeLocationId,
        String homeLocationName,
        LocalDate registeredOn,
        boolean suspended,
        boolean member,
        boolean portalAccess,
        OffsetDateTime archivedAt,
        String archivedBy,
        String archiveReason,
        OffsetDateTime erasedAt,
        long version,
        List<String> tags) {

    public boolean archived() {
        return archivedAt != null;
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
