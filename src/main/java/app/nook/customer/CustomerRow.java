package app.nook.customer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One line of the customer list. */
public record CustomerRow(
        long id,
        String fullName,
        String companyName,
        String email,
        LocalDate registeredOn,
        boolean member,
        boolean suspended,
        boolean portalAccess,
        OffsetDateTime archivedAt,
        String archivedBy,
        String archiveReason,
        List<String> plans) {

    public boolean archived() {
        return archivedAt != null;
    }

    /** The same row with the given names of plans. */
    CustomerRow withPlans(List<String> planNames) {
        return new CustomerRow(
                id,
                fullName,
                companyName,
                email,
                registeredOn,
                member,
                suspended,
                portalAccess,
                archivedAt,
                archivedBy,
                archiveReason,
                List.copyOf(planNames));
    }
}
