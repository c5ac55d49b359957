package app.nook.staff;

import app.nook.system.NotPermittedException;

/** An actor limited to some locations tried to place or move a record at another one. */
public class LocationDeniedException extends NotPermittedException {

    public LocationDeniedException(Actor actor, long locationId) {
        super("%s does not work at location %d".formatted(actor.name(), locationId));
    }
}
