package app.nook.checkin;

import java.time.OffsetDateTime;

/** A check-in that has not ended yet: where, and since when. */
public record OpenCheckIn(long id, String locationName, OffsetDateTime since) {}
