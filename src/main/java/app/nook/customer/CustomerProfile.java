package app.nook.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The fields of a customer that staff and the customer may edit. The archived state is not among them: only the
 * lifecycle changes it.
 */
public record CustomerProfile(
        @NotNull CustomerKind kind,
        @NotBlank @Size(max = 200) String fullName,
        @NotBlank @Email @Size(max = 254) String email,

        @Size(max = 40) @Pattern(regexp = "[0-9+() .\\-]*", message = "may hold digits, spaces and + ( ) . - only")
        String phone,

        @Size(max = 200) String companyName,
        @Size(max = 200) String billingStreet,
        @Size(max = 20) String billingPostalCode,
        @Size(max = 120) String billingCity,

        @Pattern(regexp = "([A-Z]{2})?", message = "must be a two-letter country code")
        String billingCountry,

        @Size(max = 40) String taxId,
        @Size(max = 4000) String notes,
        @NotNull Long homeLocationId,
        @Size(max = 20) Set<@NotBlank @Size(max = 60) String> tags) {

    public CustomerProfile {
        // A null tag is kept, not refused here, so that validation can say which field is wrong.
        tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
    }
}
