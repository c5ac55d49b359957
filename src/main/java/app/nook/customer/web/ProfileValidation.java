package app.nook.customer.web;

import app.nook.customer.CustomerProfile;
import app.nook.customer.EmailTakenException;
import app.nook.system.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Checks a customer form by the profile's rules and puts every problem next to the field it concerns. */
@Component
class ProfileValidation {

    private static final Set<String> FIELDS = Set.of(
            "kind",
            "fullName",
            "email",
            "phone",
            "companyName",
            "billingStreet",
            "billingPostalCode",
            "billingCity",
            "billingCountry",
            "taxId",
            "notes",
            "homeLocationId",
            "tags");

    private final Validator validator;
    private final Notices notices;

    ProfileValidation(Validator validator, Notices notices) {
        this.validator = validator;
        this.notices = notices;
    }

    /** Adds a field error for each broken rule; answers whether the profile may be saved. */
    boolean check(CustomerProfile profile, BindingResult errors) {
        for (ConstraintViolation<CustomerProfile> violation : validator.validate(profile)) {
            String path = violation.getPropertyPath().toString();
            addError(errors, path.startsWith("tags") ? "tags" : path, violation.getMessage());
        }
        return !errors.hasErrors();
    }

    /** Shows a service's refusal next to its field, or above the form when it names none of the form's fields. */
    void reject(InvalidInputException e, BindingResult errors) {
        addError(errors, e.field(), e.getMessage());
    }

    void rejectEmailTaken(EmailTakenException e, BindingResult errors) {
        addError(errors, "email", notices.text("record.form.emailTaken", e.customerId()));
    }

    private static void addError(BindingResult errors, String field, String message) {
        if (field != null && FIELDS.contains(field)) {
            errors.addError(new FieldError(
                    errors.getObjectName(), field, errors.getRawFieldValue(field), false, null, null, message));
        } else {
            errors.reject("record.form.invalid", new Object[] {message}, message);
        }
    }
}
