package app.nook.customer.api;

import app.nook.customer.CustomerDetails;
import app.nook.customer.CustomerKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A customer as the API answers it, archived or not.
 *
 * @param version the optimistic-locking version that an update must send back
 */
record CustomerJson(
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
        boolean member,
        boolean suspended,
        boolean portalAccess,
        boolean archived,
        OffsetDateTime archivedAt,
        String archivedBy,
        String archiveReason,
        long version,
        List<String> tags) {

    static CustomerJson of(CustomerDetails c) {
        return new CustomerJson(
                c.id(),
                c.kind(),
                c.fullName(),
                c.email(),
                c.phone(),
                c.companyName(),
                c.billingStreet(),
                c.billingPostalCode(),
                c.billingCity(),
                c.billingCountry(),
                c.taxId(),
                c.notes(),
                c.homeLocationId(),
                c.homeLocationName(),
                c.registeredOn(),
                c.member(),
                c.suspended(),
                c.portalAccess(),
                c.archived(),
                c.archivedAt(),
                c.archivedBy(),
                c.archiveReason(),
                c.version(),
                c.tags());
    }
}
