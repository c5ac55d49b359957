package app.nook.importing;

import app.nook.customer.CustomerProfile;
import java.time.LocalDate;

/** A line read into a profile, or the reason it could not be; exactly one of profile and problem is set. */
record ParsedRow(long line, CustomerProfile profile, LocalDate registeredOn, String problem) {

    static ParsedRow invalid(long line, String problem) {
        return new ParsedRow(line, null, null, problem);
    }
}
