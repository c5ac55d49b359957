package app.nook.customer.api;

import app.nook.customer.CustomerKind;
import app.nook.customer.CustomerProfile;
import java.util.Set;

/**
 * The body of a create or update request.
 *
 * @param version for an update, the version the client loaded, unless it sends {@code If-Match} instead
 */
record CustomerInput(
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
        Long homeLocationId,
        Set<String> tags,
        Long version) {

    CustomerProfile profile() {
        return new CustomerProfile(
                kind,
                fullName,
                email,
                phone,
                companyName,
                billingStreet,
                billingPostalCode,
                billingCity,
                billingCountry,
                taxId,
                notes,
                homeLocationId,
                tags);
    }
}
