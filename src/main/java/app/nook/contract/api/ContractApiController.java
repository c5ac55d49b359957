package app.nook.contract.api;

import app.nook.api.ApiController;
import app.nook.api.ApiPage;
import app.nook.contract.ContractDetails;
import app.nook.contract.ContractFilter;
import app.nook.contract.ContractListing;
import app.nook.contract.ContractRow;
import app.nook.contract.ContractStatus;
import app.nook.contract.Contracts;
import app.nook.contract.NewContract;
import app.nook.contract.Plan;
import app.nook.staff.Actor;
import app.nook.staff.CurrentActor;
import app.nook.staff.Permission;
import app.nook.system.InvalidInputException;
import app.nook.system.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Plans on sale, and contracts: listed (archived customers' left out), read, sold and cancelled. */
@ApiController
@Tag(name = "Plans and contracts")
class ContractApiController {

    private final Contracts contracts;
    private final ContractListing listing;
    private final Clock clock;

    ContractApiController(Contracts contracts, ContractListing listing, Clock clock) {
        this.contracts = contracts;
        this.listing = listing;
        this.clock = clock;
    }

    @GetMapping("/api/v1/plans")
    @Operation(summary = "Every plan still on sale at the token's locations")
    List<Plan> plans() {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_CUSTOMERS);

        return contracts.plans(actor.locations());
    }

    @GetMapping("/api/v1/contracts")
    @Operation(summary = "Contracts of customers who are not archived, newest start first")
    ApiPage<ContractRow> list(
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page) {
        Actor actor = CurrentActor.get();
        actor.require(Permission.VIEW_CUSTOMERS);
        if (page < 0) {
            throw new InvalidInputException("page", "Page numbers start at 0");
        }

        ResultPage<ContractRow> found =
                listing.page(new ContractFilter(statusOf(status), null), page + 1, actor.locations());
        return ApiPage.of(found.items(), page, found.size(), found.total());
    }

    @GetMapping("/api/v1/contracts/{id}")
    @Operation(summary = "One contract")
    ContractDetails get(@PathVariable long id) {
        return contracts.get(id, CurrentActor.get());
    }

    @PostMapping("/api/v1/contracts")
    @Operation(summary = "Sell a plan to a customer who is not archived")
    ResponseEntity<ContractDetails> create(@RequestBody ContractInput input) {
        Actor actor = CurrentActor.get();
        long id = contracts.create(input.contract(), actor);
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + id)).body(contracts.get(id, actor));
    }

    @PostMapping("/api/v1/contracts/{id}/cancel")
    @Operation(summary = "Cancel an active or suspended contract, ending it on the given date or today")
    ContractDetails cancel(@PathVariable long id, @RequestBody(required = false) CancelInput input) {
        Actor actor = CurrentActor.get();
        LocalDate endDate = input == null || input.endDate() == null ? LocalDate.now(clock) : input.endDate();
        contracts.cancel(id, endDate, actor);
        return contracts.get(id, actor);
    }

    private static ContractStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ContractStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "Status is one of active, suspended, cancelled and ended");
        }
    }

    /** The body of a new contract; price defaults to the plan's, quantity to 1. */
    record ContractInput(
            Long customerId,
            Long planId,
            LocalDate startDate,
            Integer billingDay,
            BigDecimal price,
            Integer quantity,
            LocalDate endDate) {

        NewContract contract() {
            require(customerId, "customerId");
            require(planId, "planId");
            require(startDate, "startDate");
            require(billingDay, "billingDay");
            if (billingDay < 1 || billingDay > 28) {
                throw new InvalidInputException("billingDay", "The billing day lies between 1 and 28");
            }
            int count = quantity == null ? 1 : quantity;
            if (count < 1) {
                throw new InvalidInputException("quantity", "The quantity is at least 1");
            }
            return new NewContract(customerId, planId, startDate, billingDay, price, count, endDate);
        }

        private static void require(Object value, String field) {
            if (value == null) {
                throw new InvalidInputException(field, field + " is required");
            }
        }
    }

    /** The body of a cancellation: the last day, or today when absent. */
    record CancelInput(LocalDate endDate) {}
}
