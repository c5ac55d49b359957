package app.nook.customer.api;

import app.nook.customer.lifecycle.LifecycleAction;
import app.nook.system.NotFoundException;
import java.util.Locale;

/** Turns the command names of the API's paths, such as {@code lift-suspension}, into lifecycle actions. */
final class LifecycleCommand {

    private LifecycleCommand() {}

    /**
     * The action that a path names, spelled exactly as {@link #wireName} spells it: the API's security decides which
     * scope a request needs by the path, so a command reached by any other spelling would escape that decision.
     * Erasure has no command, it is {@code DELETE}.
     *
     * @throws NotFoundException for a name that is no command
     */
    static LifecycleAction parse(String name) {
        for (LifecycleAction action : LifecycleAction.values()) {
            if (action != LifecycleAction.ERASE && wireName(action).equals(name)) {
                return action;
            }
        }
        throw new NotFoundException("Command", name);
    }

    static String wireName(LifecycleAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the action keeps a reason; the others ignore one. */
    static boolean takesReason(LifecycleAction action) {
        return action == LifecycleAction.ARCHIVE
                || action == LifecycleAction.SUSPEND
                || action == LifecycleAction.ERASE;
    }
}
