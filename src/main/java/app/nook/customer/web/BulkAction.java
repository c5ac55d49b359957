package app.nook.customer.web;

import app.nook.customer.CustomerView;
import app.nook.customer.lifecycle.LifecycleAction;
import app.nook.staff.Actor;
import java.util.List;

/** The lifecycle actions of the list's Bulk actions menu, and the views that offer each. */
public enum BulkAction {
    ARCHIVE(LifecycleAction.ARCHIVE, true),
    RESTORE(LifecycleAction.RESTORE, false),
    SUSPEND(LifecycleAction.SUSPEND, true),
    LIFT_SUSPENSION(LifecycleAction.LIFT_SUSPENSION, false),
    GRANT_PORTAL_ACCESS(LifecycleAction.GRANT_PORTAL_ACCESS, false),
    REVOKE_PORTAL_ACCESS(LifecycleAction.REVOKE_PORTAL_ACCESS, false);

    private final LifecycleAction action;
    private final boolean takesReason;

    BulkAction(LifecycleAction action, boolean takesReason) {
        this.action = action;
        this.takesReason = takesReason;
    }

    public LifecycleAction action() {
        return action;
    }

    public boolean takesReason() {
        return takesReason;
    }

    /** The message key of the menu entry, such as "Archive {0} record(s)". */
    public String messageKey() {
        return "customers.bulk." + name();
    }

    /** The actions the view's menu offers to the actor: those that fit the view and that the actor may take. */
    static List<BulkAction> offeredIn(CustomerView view, Actor actor) {
        List<BulkAction> fitting = switch (view) {
            case ARCHIVED -> List.of(RESTORE);
            case ALL -> List.of(values());
            default -> List.of(ARCHIVE, SUSPEND, LIFT_SUSPENSION, GRANT_PORTAL_ACCESS, REVOKE_PORTAL_ACCESS);
        };
        return fitting.stream()
                .filter(offered -> actor.may(offered.action.permission()))
                .toList();
    }
}
