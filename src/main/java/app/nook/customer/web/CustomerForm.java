package app.nook.customer.web;

import app.nook.customer.CustomerDetails;
import app.nook.customer.CustomerKind;
import app.nook.customer.CustomerProfile;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the customer form sends: the editable profile as text, tags comma-separated, and for an edit the version
 * the form was loaded with.
 */
record CustomerForm(
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
        String tags,
        Long version) {

    /** An empty form for a new individual at the given home location, which may be null. */
    static CustomerForm blank(Long homeLocationId) {
        return new CustomerForm(
                CustomerKind.INDIVIDUAL, "", "", "", "", "", "", "", "", "", "", homeLocationId, "", null);
    }

    /** The form filled in from a stored customer, carrying its current version. */
    static CustomerForm of(CustomerDetails customer) {
        return new CustomerForm(
                customer.kind(),
                customer.fullName(),
                customer.email(),
                customer.phone(),
                customer.companyName(),
                customer.billingStreet(),
                customer.billingPostalCode(),
                customer.billingCity(),
                customer.billingCountry(),
                customer.taxId(),
                customer.notes(),
                customer.homeLocationId(),
                String.join(", ", customer.tags()),
                customer.version());
    }

    /** The profile to save; blank text becomes null, the country upper case, tags split at commas. */
    CustomerProfile toProfile() {
        return new CustomerProfile(
                kind,
                trimmed(fullName),
                trimmed(email),
                orNull(phone),
                orNull(companyName),
                orNull(billingStreet),
                orNull(billingPostalCode),
                orNull(billingCity),
                billingCountry == null ? null : orNull(billingCountry.toUpperCase(Locale.ROOT)),
                orNull(taxId),
                orNull(notes),
                homeLocationId,
                tags == null
                        ? null
                        : Arrays.stream(tags.split(","))
                                .map(String::strip)
                                .filter(tag -> !tag.isEmpty())
                                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The version sent back, or -1 when the form carried none, which never matches a stored customer. */
    long versionOrNone() {
        return version == null ? -1 : version;
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
