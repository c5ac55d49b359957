package app.nook.customer;

import app.nook.audit.AuditAction;
import app.nook.audit.AuditLog;
import app.nook.staff.Actor;
import app.nook.staff.LocationDeniedException;
import app.nook.staff.Permission;
import app.nook.system.ConflictException;
import app.nook.system.InvalidInputException;
import app.nook.system.LocationScope;
import app.nook.system.NotFoundException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates customers, edits their profiles and loads them by id. Loading by id includes archived customers; edits
 * refuse them, and never touch the archived state, which belongs to {@code CustomerLifecycle}.
 */
@Service
public class Customers {

    private static final Logger log = LoggerFactory.getLogger(Customers.class);

    private final CustomerStore store;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final Clock clock;

    Customers(
            CustomerStore store,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            Validator validator,
            Clock clock) {
        this.store = store;
        this.auditLog = auditLog;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
    }

    /** Creates a customer registered today; see {@link #create(CustomerProfile, LocalDate, Actor)}. */
    @Transactional
    public long create(CustomerProfile profile, Actor actor) {
        return create(profile, LocalDate.now(clock), actor);
    }

    /**
     * Creates a customer registered today although an archived customer has the same email: for when the person
     * asked chose a new record over restoring the archived one.
     *
     * @throws EmailTakenException when a customer who is not archived uses the email
     */
    @Transactional
    public long createAlongsideArchived(CustomerProfile profile, Actor actor) {
        return insert(profile, LocalDate.now(clock), actor, false);
    }

    /**
     * Creates a customer registered on the given date, as when moving records over from another platform.
     *
     * @throws InvalidInputException when a field breaks a rule or the date lies in the future
     * @throws EmailArchivedException when the email belongs to an archived customer, who should be restored instead
     * @throws EmailTakenException when a customer who is not archived uses the email
     */
    @Transactional
    public long create(CustomerProfile profile, LocalDate registeredOn, Actor actor) {
        return insert(profile, registeredOn, actor, true);
    }

    private long insert(CustomerProfile profile, LocalDate registeredOn, Actor actor, boolean offerRestore) {
        actor.require(Permission.EDIT_CUSTOMERS);
        if (registeredOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("registeredOn", "The registration date cannot lie in the future");
        }
        validate(profile);
        actor.requireLocation(profile.homeLocationId());
        checkEmailIsFree(profile.email(), null, offerRestore, actor);
        Instant now = clock.instant();

        long id;
        try {
            id = store.insert(profile, registeredOn, now);
        } catch (DuplicateKeyException e) {
            throw emailTakenMeanwhile(profile.email(), actor);
        }

        auditLog.record(actor, AuditAction.CUSTOMER_CREATED, id, null, null, now);
        events.publishEvent(new CustomerChanged(id, CustomerChanged.Change.CREATED, actor.name(), now));
        log.info("Customer {} created by {}", id, actor.name());
        return id;
    }

    /**
     * Saves an edited profile, provided nobody changed the customer since the form was loaded.
     *
     * @param expectedVersion the version the form was loaded with
     * @throws NotFoundException when the customer does not exist or lies outside the actor's locations
     * @throws LocationDeniedException when the customer would move to a location outside the actor's
     * @throws ConflictException when the customer is archived or was changed by someone else meanwhile
     * @throws EmailTakenException when a customer who is not archived uses the new email
     */
    @Transactional
    public void update(long id, long expectedVersion, CustomerProfile profile, Actor actor) {
        actor.require(Permission.EDIT_CUSTOMERS);
        get(id, actor.locations());
        validate(profile);
        actor.requireLocation(profile.homeLocationId());
        checkEmailIsFree(profile.email(), id, false, actor);
        Instant now = clock.instant();

        int updated;
        try {
            updated = store.update(id, expectedVersion, profile, now);
        } catch (DuplicateKeyException e) {
            throw emailTakenMeanwhile(profile.email(), actor);
        }
        if (updated == 0) {
            throw refusalOfUpdate(id);
        }

        auditLog.record(actor, AuditAction.CUSTOMER_UPDATED, id, null, null, now);
        events.publishEvent(new CustomerChanged(id, CustomerChanged.Change.UPDATED, actor.name(), now));
        log.info("Customer {} updated by {}", id, actor.name());
    }

    /**
     * Loads one customer, archived or not, for Nook itself or for the customer's own portal.
     *
     * @throws NotFoundException when there is no such customer
     */
    @Transactional(readOnly = true)
    public CustomerDetails get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    /**
     * Loads one customer, archived or not, for staff working in the given locations.
     *
     * @throws NotFoundException when there is no such customer, or none in those locations
     */
    @Transactional(readOnly = true)
    public CustomerDetails get(long id, LocationScope scope) {
        return store.find(id)
                .filter(customer -> scope.covers(customer.homeLocationId()))
                .orElseThrow(() -> new NotFoundException("Customer", id));
    }

    /**
     * The customers who hold any of these emails, archived ones included, keyed by lower-case email; for checking
     * many rows at once, as an import does.
     */
    @Transactional(readOnly = true)
    public Map<String, EmailOwner> ownersOfEmails(Collection<String> emails) {
        return store.ownersOfEmails(emails);
    }

    private RuntimeException refusalOfUpdate(long id) {
        CustomerDetails current = get(id);
        if (current.archived()) {
            return new ConflictException("customer-archived", "This customer is archived. Restore them to edit.");
        }
        return new ConflictException(
                "stale-version", "This customer was changed by someone else. Reload the page and try again.");
    }

    /**
     * Refuses an email that another customer holds. The refusal names that customer only when the actor may see
     * them; a customer at another location stays anonymous, archived or not.
     */
    private void checkEmailIsFree(String email, Long exceptCustomerId, boolean offerRestore, Actor actor) {
        var live = store.liveOwnerOfEmail(email);
        if (live.isPresent() && !live.get().equals(exceptCustomerId)) {
            requireVisibleOwner(live.get(), actor);
            throw new EmailTakenException(live.get());
        }
        if (live.isEmpty() && offerRestore) {
            var archived = store.archivedOwnerOfEmail(email);
            if (archived.isPresent()) {
                requireVisibleOwner(archived.get().id(), actor);
                throw new EmailArchivedException(
                        archived.get().id(), archived.get().fullName());
            }
        }
    }

    /**
     * The refusal of an email that another request gave a customer between the check and the write: it names that
     * customer only when the actor may see them, as {@link #checkEmailIsFree} does.
     */
    private ConflictException emailTakenMeanwhile(String email, Actor actor) {
        long owner = store.liveOwnerOfEmail(email).orElse(0L);
        requireVisibleOwner(owner, actor);
        return new EmailTakenException(owner);
    }

    private void requireVisibleOwner(long ownerId, Actor actor) {
        boolean visible = store.find(ownerId)
                .map(owner -> actor.locations().covers(owner.homeLocationId()))
                .orElse(true);
        if (!visible) {
            throw new ConflictException("email-taken", "A customer at another location already uses this email");
        }
    }

    private void validate(CustomerProfile profile) {
        Set<ConstraintViolation<CustomerProfile>> violations = validator.validate(profile);
        violations.stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new InvalidInputException(v.getPropertyPath().toString(), v.getMessage());
                });
    }
}
