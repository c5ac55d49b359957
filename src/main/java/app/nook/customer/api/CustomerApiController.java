package app.nook.customer.api;

import app.nook.api.ApiController;
import app.nook.api.ApiPage;
import app.nook.customer.CustomerCursor;
import app.nook.customer.CustomerDetails;
import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerListing;
import app.nook.customer.CustomerPage;
import app.nook.customer.CustomerSort;
import app.nook.customer.Customers;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import app.nook.system.InvalidInputException;
import app.nook.system.LocationScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Lists, reads, creates, updates and erases customers. */
@ApiController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
class CustomerApiController {

    private final Customers customers;
    private final CustomerListing listing;
    private final CustomerLifecycle lifecycle;

    CustomerApiController(Customers customers, CustomerListing listing, CustomerLifecycle lifecycle) {
        this.customers = customers;
        this.listing = listing;
        this.lifecycle = lifecycle;
    }

    @GetMapping
    @Operation(
            summary = "List customers; archived ones only in the views archived and all",
            description = "The total is exact up to 10,000 matches; beyond, totalExact is false and total is the"
                    + " bound. Pass the next cursor of a page as after to read the following page from the index;"
                    + " page numbers skip rows and grow slow on deep pages.")
    ApiPage<CustomerListItem> list(
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long location,
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size,
            @RequestParam(required = false) String after) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_CUSTOMERS);

        CustomerFilter filter = ListParameters.filter(view, q, location, plan, tag);
        CustomerSort order = ListParameters.sort(sort);
        LocationScope scope = actor.locations();
        CustomerPage found = after == null || after.isBlank()
                ? listing.page(filter, order, page, size, scope)
                : listing.pageAfter(filter, CustomerCursor.parse(after, order, "after"), page + 1, size, scope);
        List<CustomerListItem> items =
                found.rows().stream().map(CustomerListItem::of).toList();
        return ApiPage.of(items, found.page(), found.size(), found.total(), found.totalExact(), found.nextToken());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one customer, archived or not; the ETag holds the version")
    ResponseEntity<CustomerJson> get(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_CUSTOMERS);

        return withVersion(ResponseEntity.ok(), customers.get(id, actor.locations()));
    }

    @PostMapping
    @Operation(summary = "Create a customer; an archived customer's email is refused with email-archived")
    ResponseEntity<CustomerJson> create(@RequestBody CustomerInput input) {
        Actor actor = CurrentActor.get();
        long id = customers.create(input.profile(), actor);

        return withVersion(
                ResponseEntity.created(URI.create("/api/v1/customers/" + id)), customers.get(id, actor.locations()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a customer's profile, sending the version loaded in the body or as If-Match")
    ResponseEntity<CustomerJson> update(
            @PathVariable long id,
            @RequestBody CustomerInput input,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = expectedVersion(ifMatch, input.version());

        Actor actor = CurrentActor.get();
        customers.update(id, version, input.profile(), actor);
        return withVersion(ResponseEntity.ok(), customers.get(id, actor.locations()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Erase a customer's personal data for good (data-protection request)")
    ResponseEntity<LifecycleResultJson> erase(@PathVariable long id, @RequestParam(required = false) String reason) {
        Actor actor = CurrentActor.get();
        customers.get(id, actor.locations());

        return ResponseEntity.status(HttpStatus.OK)
                .body(LifecycleResultJson.of(lifecycle.erase(Selection.of(id), reason, actor)));
    }

    private static ResponseEntity<CustomerJson> withVersion(ResponseEntity.BodyBuilder response, CustomerDetails c) {
        return response.eTag("\"" + c.version() + "\"").body(CustomerJson.of(c));
    }

    private static long expectedVersion(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String bare = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(bare);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("If-Match", "If-Match must hold the version of the customer");
            }
        }
        if (bodyVersion == null) {
            throw new InvalidInputException("version", "Send the version you loaded, in the body or as If-Match");
        }
        return bodyVersion;
    }
}
