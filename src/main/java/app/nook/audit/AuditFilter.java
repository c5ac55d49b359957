package app.nook.audit;

import app.nook.system.LikePatterns;
import java.time.LocalDate;

/**
 * What the audit log is narrowed to; every part is optional.
 *
 * @param actor entries by this actor only: a staff user's exact email, or {@code system}
 * @param from entries on or after this day
 * @param to entries on or before this day
 */
public record AuditFilter(String actor, AuditAction action, Long customerId, LocalDate from, LocalDate to) {

    /** An actor is compared as typed, less surrounding space and control characters, which no name holds. */
    public AuditFilter {
        String plain = actor == null
                ? ""
                : LikePatterns.withoutControlCharacters(actor).strip();
        actor = plain.isEmpty() ? null : plain;
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
