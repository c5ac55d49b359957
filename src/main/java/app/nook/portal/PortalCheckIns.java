package app.nook.portal;

import app.nook.checkin.Attendance;
import app.nook.checkin.OpenCheckIn;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customers checking themselves in and out on the portal, refused once they are archived or lost access. */
@Service
public class PortalCheckIns {

    private static final Logger log = LoggerFactory.getLogger(PortalCheckIns.class);

    private final PortalAccounts accounts;
    private final Attendance attendance;
    private final Clock clock;

    PortalCheckIns(PortalAccounts accounts, Attendance attendance, Clock clock) {
        this.accounts = accounts;
        this.attendance = attendance;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<OpenCheckIn> current(long customerId) {
        return attendance.openOf(customerId);
    }

    /**
     * Checks the customer in at their home location.
     *
     * @return false when they are already checked in, archived, or without portal access; nothing changed then
     */
    @Transactional
    public boolean checkIn(long customerId) {
        if (accounts.lock(customerId) != AccessState.ACTIVE) {
            log.debug("Refused a portal check-in of customer {} without access", customerId);
            return false;
        }
        return attendance.checkInAtHome(customerId, clock.instant());
    }

    /**
     * Ends the customer's open check-in.
     *
     * @return false when there is none, or the customer is archived or without portal access
     */
    @Transactional
    public boolean checkOut(long customerId) {
        if (accounts.lock(customerId) != AccessState.ACTIVE) {
            log.debug("Refused a portal check-out of customer {} without access", customerId);
            return false;
        }
        return attendance.checkOut(customerId, clock.instant());
    }
}
