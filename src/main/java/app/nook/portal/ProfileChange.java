package app.nook.portal;

/**
 * The contact details a customer may change on the portal; everything else stays as staff left it.
 *
 * @param version the version of the customer that the form was loaded with
 */
public record ProfileChange(
        long version,
        String phone,
        String billingStreet,
        String billingPostalCode,
        String billingCity,
        String billingCountry) {}
