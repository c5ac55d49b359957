package app.nook.customer.api;

import app.nook.customer.CustomerRow;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One customer in a listing of the API. */
record CustomerListItem(
        long id,
        String fullName,
        String companyName,
        String email,
        LocalDate registeredOn,
        boolean member,
        boolean suspended,
        boolean portalAccess,
        boolean archived,
        OffsetDateTime archivedAt,
        String archivedBy,
        String archiveReason,
        List<String> plans) {

    static CustomerListItem of(CustomerRow row) {
        return new CustomerListItem(
                row.id(),
                row.fullName(),
                row.companyName(),
                row.email(),
                row.registeredOn(),
                row.member(),
                row.suspended(),
                row.portalAccess(),
                row.archived(),
                row.archivedAt(),
                row.archivedBy(),
                row.archiveReason(),
                row.plans());
    }
}
