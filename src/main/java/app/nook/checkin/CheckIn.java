package app.nook.checkin;

import java.time.OffsetDateTime;

/**
 * One visit of a customer to a location, as the customer record shows it.
 *
 * @param checkedOutAt null while the customer is still there
 */
public record CheckIn(
        long id, long locationId, String locationName, OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt) {}
