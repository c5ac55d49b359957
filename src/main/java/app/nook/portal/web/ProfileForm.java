package app.nook.portal.web;

import app.nook.customer.CustomerDetails;
import app.nook.portal.ProfileChange;

/** The contact-details form of the portal's first page, as posted and as shown. */
public record ProfileForm(
        long version,
        String phone,
        String billingStreet,
        String billingPostalCode,
        String billingCity,
        String billingCountry) {

    static ProfileForm of(CustomerDetails customer) {
        return new ProfileForm(
                customer.version(),
                customer.phone(),
                customer.billingStreet(),
                customer.billingPostalCode(),
                customer.billingCity(),
                customer.billingCountry());
    }

    ProfileChange toChange() {
        return new ProfileChange(version, phone, billingStreet, billingPostalCode, billingCity, billingCountry);
    }
}
