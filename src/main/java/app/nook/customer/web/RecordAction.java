package app.nook.customer.web;

import app.nook.customer.lifecycle.LifecycleAction;
import java.util.Arrays;

/** The lifecycle actions the customer record offers, each with the path segment its form posts to. */
enum RecordAction {
    ARCHIVE("archive", LifecycleAction.ARCHIVE, true),
    RESTORE("restore", LifecycleAction.RESTORE, false),
    SUSPEND("suspend", LifecycleAction.SUSPEND, true),
    LIFT_SUSPENSION("lift-suspension", LifecycleAction.LIFT_SUSPENSION, false),
    GRANT_PORTAL_ACCESS("grant-portal-access", LifecycleAction.GRANT_PORTAL_ACCESS, false),
    REVOKE_PORTAL_ACCESS("revoke-portal-access", LifecycleAction.REVOKE_PORTAL_ACCESS, false),
    ERASE("erase", LifecycleAction.ERASE, true);

    /** The path segments of the actions that need nothing but an optional reason, for the request mapping. */
    static final String SIMPLE_SLUGS =
            "archive|restore|suspend|lift-suspension|grant-portal-access|revoke-portal-access";

    private final String slug;
    private final LifecycleAction lifecycleAction;
    private final boolean takesReason;

    RecordAction(String slug, LifecycleAction lifecycleAction, boolean takesReason) {
        this.slug = slug;
        this.lifecycleAction = lifecycleAction;
        this.takesReason = takesReason;
    }

    static RecordAction ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(action -> action.slug.equals(slug))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No record action " + slug));
    }

    LifecycleAction lifecycleAction() {
        return lifecycleAction;
    }

    /** The reason to hand to the engine: the one given for actions that keep one, otherwise none. */
    String reasonFrom(String given) {
        return takesReason ? given : null;
    }

    /** The message key naming the action, such as {@code record.action.archive.label}. */
    String labelKey() {
        return "record.action." + slug + ".label";
    }

    /** The message key of the notice shown when the action changed the customer. */
    String doneKey() {
        return "record.action." + slug + ".done";
    }
}
