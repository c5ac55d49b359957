package app.nook.portal;

import app.nook.system.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Answers who may use the portal, for sign-in and for the check made on every portal request. */
@Service
public class PortalAccounts {

    private final PortalAccountStore store;
    private final Clock clock;

    PortalAccounts(PortalAccountStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The customers a sign-in with this email could mean, the one not archived first. */
    @Transactional(readOnly = true)
    public List<SignInCandidate> candidatesFor(String email) {
        return store.candidates(email);
    }

    /**
     * Where the customer stands with the portal now.
     *
     * @throws NotFoundException when there is no such customer
     */
    @Transactional(readOnly = true)
    public AccessState stateOf(long customerId) {
        return store.state(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
    }

    /** Notes the time of a successful sign-in. */
    @Transactional
    public void signedIn(long customerId) {
        store.signedIn(customerId, clock.instant());
    }

    /**
     * Locks the customer against lifecycle changes until the surrounding transaction ends, and answers their state
     * under that lock: a change made now cannot race an archive.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    AccessState lock(long customerId) {
        return store.lock(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
    }
}
