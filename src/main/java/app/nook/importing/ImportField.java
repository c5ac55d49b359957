package app.nook.importing;

import java.util.List;
import java.util.Locale;

/** A customer field a column of an import file may fill, with the header names that match it automatically. */
public enum ImportField {
    KIND("kind", "type", "customer type"),
    FULL_NAME("full name", "name", "customer", "contact name"),
    EMAIL("email", "e-mail", "email address", "mail"),
    PHONE("phone", "telephone", "mobile", "phone number"),
    COMPANY("company", "company name", "organisation", "organization"),
    STREET("billing street", "street", "address"),
    POSTAL_CODE("billing postal code", "postal code", "postcode", "zip", "zip code"),
    CITY("billing city", "city", "town"),
    COUNTRY("billing country", "country", "country code"),
    TAX_ID("tax id", "vat", "vat id", "tax number"),
    NOTES("notes", "note", "comments"),
    HOME_LOCATION("home location", "location", "location id"),
    TAGS("tags", "tag", "labels"),
    REGISTERED_ON("registration date", "registered on", "registered", "member since", "created");

    private final List<String> headerNames;

    ImportField(String... headerNames) {
        this.headerNames = List.of(headerNames);
    }

    /** The key of this field's label in the message bundle. */
    public String messageKey() {
        return "import.field." + name();
    }

    boolean matches(String header) {
        String normal =
                header.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return headerNames.stream().anyMatch(name -> name.replace('-', ' ').equals(normal));
    }
}
