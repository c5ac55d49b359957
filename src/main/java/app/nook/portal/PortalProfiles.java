package app.nook.portal;

import app.nook.customer.CustomerDetails;
import app.nook.customer.CustomerProfile;
import app.nook.customer.Customers;
import app.nook.customer.PortalPrincipal;
import app.nook.staff.Actor;
import app.nook.staff.Permission;
import app.nook.system.ConflictException;
import app.nook.system.InvalidInputException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Customers editing their own contact details, through the same rules (and audit) as staff edits. */
@Service
public class PortalProfiles {

    private final Customers customers;

    PortalProfiles(Customers customers) {
        this.customers = customers;
    }

    /** The customer as the portal shows them. */
    public CustomerDetails get(long customerId) {
        return customers.get(customerId);
    }

    /**
     * Saves changed contact details; the email and every other field stay as they are.
     *
     * @throws ConflictException when the customer is archived or was changed since the form was loaded
     * @throws InvalidInputException when a field breaks a rule
     */
    public void update(long customerId, ProfileChange change) {
        CustomerDetails current = customers.get(customerId);

        var profile = new CustomerProfile(
                current.kind(),
                current.fullName(),
                current.email(),
                change.phone(),
                current.companyName(),
                change.billingStreet(),
                change.billingPostalCode(),
                change.billingCity(),
                change.billingCountry() == null
                        ? null
                        : change.billingCountry().strip().toUpperCase(Locale.ROOT),
                current.taxId(),
                current.notes(),
                current.homeLocationId(),
                new HashSet<>(current.tags()));
        customers.update(customerId, change.version(), profile, actorFor(customerId));
    }

    /** The customer acting on their own record; audit entries name them by their principal name. */
    static Actor actorFor(long customerId) {
        return new Actor(PortalPrincipal.nameOf(customerId), Set.of(Permission.EDIT_CUSTOMERS));
    }
}
