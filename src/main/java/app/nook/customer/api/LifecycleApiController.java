package app.nook.customer.api;

import app.nook.api.ApiController;
import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerListing;
import app.nook.customer.Customers;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.CustomerResult;
import app.nook.customer.lifecycle.LifecycleAction;
import app.nook.customer.lifecycle.LifecycleJobs;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import app.nook.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.HashSet;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Lifecycle commands for one customer or many. Up to {@value #MAX_WAITED_FOR} customers are handled while the request
 * waits; more run as a background job whose progress {@code /api/v1/jobs/{id}} reports.
 */
@ApiController
@Tag(name = "Customer lifecycle")
class LifecycleApiController {

    static final int MAX_WAITED_FOR = 1000;

    private final CustomerLifecycle lifecycle;
    private final LifecycleJobs jobs;
    private final Customers customers;
    private final CustomerListing listing;

    LifecycleApiController(
            CustomerLifecycle lifecycle, LifecycleJobs jobs, Customers customers, CustomerListing listing) {
        this.lifecycle = lifecycle;
        this.jobs = jobs;
        this.customers = customers;
        this.listing = listing;
    }

    @PostMapping("/api/v1/customers/{id}/{command}")
    @Operation(summary = "Archive, restore, suspend, lift suspension, grant or revoke portal access of one customer")
    CommandResultJson one(
            @PathVariable long id, @PathVariable String command, @RequestBody(required = false) ReasonJson body) {
        LifecycleAction action = LifecycleCommand.parse(command);
        Actor actor = CurrentActor.get();
        customers.get(id, actor.locations());

        var result = lifecycle.apply(action, Selection.of(id), reasonFor(action, body), actor);
        return CommandResultJson.of(action, result.results().get(0));
    }

    @PostMapping("/api/v1/customers/{command:[a-z-]+}")
    @Operation(summary = "Apply a lifecycle command to customers named by ids or by a filter")
    ResponseEntity<?> bulk(@PathVariable String command, @RequestBody BulkRequest request) {
        LifecycleAction action = LifecycleCommand.parse(command);
        Actor actor = CurrentActor.get();
        Selection selection = request.selection();
        String reason = LifecycleCommand.takesReason(action) ? request.reason() : null;

        if (sizeOf(selection, actor) > MAX_WAITED_FOR) {
            String jobId = jobs.start(action, selection, reason, actor);
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/jobs/" + jobId))
                    .body(new JobStarted(jobId));
        }
        return ResponseEntity.ok(LifecycleResultJson.of(lifecycle.apply(action, selection, reason, actor)));
    }

    @GetMapping("/api/v1/jobs/{id}")
    @Operation(summary = "The progress of a background lifecycle job, with the customers skipped or failed")
    JobJson job(@PathVariable String id) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_CUSTOMERS);

        return jobs.find(id, actor).map(JobJson::of).orElseThrow(() -> new NotFoundException("Job", id));
    }

    private long sizeOf(Selection selection, Actor actor) {
        if (selection.ids() != null) {
            return new HashSet<>(selection.ids()).size();
        }
        return listing.count(selection.filter(), actor.locations());
    }

    private static String reasonFor(LifecycleAction action, ReasonJson body) {
        return body == null || !LifecycleCommand.takesReason(action) ? null : body.reason();
    }

    /** The optional reason of a single command. */
    record ReasonJson(String reason) {}

    /** The id of a job started for a large selection. */
    record JobStarted(String jobId) {}

    /** What a command did to one customer. */
    record CommandResultJson(String action, long customerId, String outcome, String reason) {

        static CommandResultJson of(LifecycleAction action, CustomerResult result) {
            var json = LifecycleResultJson.CustomerResultJson.of(result);
            return new CommandResultJson(
                    LifecycleCommand.wireName(action), json.customerId(), json.outcome(), json.reason());
        }
    }

    /** A filter as a bulk request names it: the same terms as the list's query parameters. */
    record FilterJson(String view, String q, Long location, Long plan, String tag) {

        CustomerFilter filter() {
            return ListParameters.filter(view, q, location, plan, tag);
        }
    }
}
