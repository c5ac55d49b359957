package app.nook.customer.lifecycle;

import app.nook.staff.Actor;
import app.nook.staff.PermissionDeniedException;
import app.nook.system.InvalidInputException;
import app.nook.system.NookProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one engine behind every change to a customer's lifecycle. Pages, bulk actions, the API, imports and
 * scheduled jobs all call it, so an archived customer ends in the same state whichever path archived them.
 *
 * <p>Each call checks the actor's permission, resolves the selection (refusing unknown ids and empty filters
 * before anything changes), then applies the action chunk by chunk, each chunk one transaction with one audit entry
 * per changed customer. Every action is idempotent: a customer already in the asked state is reported as skipped.
 */
@Service
public class CustomerLifecycle {

    public static final int MAX_REASON_LENGTH = 500;

    private static final Logger log = LoggerFactory.getLogger(CustomerLifecycle.class);

    private final Map<LifecycleAction, ChunkStep> steps = new EnumMap<>(LifecycleAction.class);
    private final SelectionResolver resolver;
    private final ChunkRunner runner;
    private final PreviewStore previews;
    private final Clock clock;
    private final int chunkSize;

    CustomerLifecycle(
            List<ChunkStep> steps,
            SelectionResolver resolver,
            ChunkRunner runner,
            PreviewStore previews,
            Clock clock,
            NookProperties properties) {
        steps.forEach(step -> this.steps.put(step.action(), step));
        this.resolver = resolver;
        this.runner = runner;
        this.previews = previews;
        this.clock = clock;
        this.chunkSize = properties.lifecycle().chunkSize();
    }

    /** Archives the selected customers, with an optional reason shown on their record. */
    public LifecycleResult archive(Selection selection, String reason, Actor actor) {
        return apply(LifecycleAction.ARCHIVE, selection, reason, actor);
    }

    /** Restores the selected customers to exactly the state the archive found them in. */
    public LifecycleResult restore(Selection selection, Actor actor) {
        return apply(LifecycleAction.RESTORE, selection, null, actor);
    }

    public LifecycleResult suspend(Selection selection, String reason, Actor actor) {
        return apply(LifecycleAction.SUSPEND, selection, reason, actor);
    }

    public LifecycleResult liftSuspension(Selection selection, Actor actor) {
        return apply(LifecycleAction.LIFT_SUSPENSION, selection, null, actor);
    }

    public LifecycleResult grantPortalAccess(Selection selection, Actor actor) {
        return apply(LifecycleAction.GRANT_PORTAL_ACCESS, selection, null, actor);
    }

    public LifecycleResult revokePortalAccess(Selection selection, Actor actor) {
        return apply(LifecycleAction.REVOKE_PORTAL_ACCESS, selection, null, actor);
    }

    /** Erases the personal data of the selected customers for good; needs its own permission. */
    public LifecycleResult erase(Selection selection, String reason, Actor actor) {
        return apply(LifecycleAction.ERASE, selection, reason, actor);
    }

    /**
     * Applies any lifecycle action and waits for it to finish.
     *
     * @throws PermissionDeniedException when the actor may not perform the action
     * @throws InvalidInputException when the selection or the reason is not acceptable; nothing changed then
     */
    public LifecycleResult apply(LifecycleAction action, Selection selection, String reason, Actor actor) {
        List<Long> ids = prepare(action, selection, reason, actor);
        return run(action, ids, reason, actor, ChunkListener.NONE);
    }

    /**
     * Says what the action would do to the selection, changing nothing: how many customers it would change or skip,
     * how many contracts would move and how many open portal sessions would end.
     *
     * @throws PermissionDeniedException when the actor may not take the action
     * @throws InvalidInputException when the selection is not acceptable
     */
    public LifecyclePreview preview(LifecycleAction action, Selection selection, Actor actor) {
        actor.require(action.permission());
        return previews.preview(action, resolver.resolve(selection, actor.locations()));
    }

    /** Checks permission and input, and resolves the selection to ids; changes nothing. */
    List<Long> prepare(LifecycleAction action, Selection selection, String reason, Actor actor) {
        actor.require(action.permission());
        checkReason(reason);
        return resolver.resolve(selection, actor.locations());
    }

    LifecycleResult run(LifecycleAction action, List<Long> ids, String reason, Actor actor, ChunkListener listener) {
        Instant now = clock.instant();
        var context = new StepContext(actor, normaliseReason(reason), now, LocalDate.now(clock));

        var result = new LifecycleResult(action, runner.run(steps.get(action), ids, chunkSize, context, listener));

        log.info(
                "{} {} of {} customers by {}: {} skipped, {} failed",
                action,
                result.done(),
                result.total(),
                actor.name(),
                result.skipped(),
                result.failed());
        return result;
    }

    private static void checkReason(String reason) {
        if (reason != null && reason.strip().length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException(
                    "reason", "A reason may be at most " + MAX_REASON_LENGTH + " characters long");
        }
    }

    private static String normaliseReason(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
