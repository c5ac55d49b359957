package app.nook.staff;

import app.nook.system.NotPermittedException;

/** An actor tried something that none of its roles allow. */
public class PermissionDeniedException extends NotPermittedException {

    public PermissionDeniedException(Actor actor, Permission permission) {
        super("%s may not %s"
                .formatted(actor.name(), permission.name().toLowerCase().replace('_', ' ')));
    }
}
