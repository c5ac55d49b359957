package app.nook.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.support.IntegrationTest;
import app.nook.system.InvalidInputException;
import app.nook.system.LocationScope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plans and contracts lists and the customer picker leave archived customers out; contracts refuse them. */
abstract class ContractListingRules extends IntegrationTest {

    @Autowired
    ContractListing listing;

    @Autowired
    Contracts contracts;

    @Autowired
    CustomerLifecycle lifecycle;

    long location;
    long plan;

    @BeforeEach
    void setUpLocationAndPlan() {
        location = data.location();
        plan = data.plan(location);
    }

    @Test
    void contractsOfArchivedCustomersAreNeitherListedNorCounted() {
        long live = data.activeContract(data.customer(location), plan);
        long archivedCustomer = data.customer(location);
        data.activeContract(archivedCustomer, plan);
        archive(archivedCustomer);

        var page = listing.page(ContractFilter.none(), 1, LocationScope.everywhere());

        assertThat(page.items()).extracting(ContractRow::id).containsExactly(live);
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void theContractsListFiltersByStatusAndLocation() {
        long otherLocation = data.location();
        long otherPlan = data.plan(otherLocation);
        long customer = data.customer(location);
        long active = data.activeContract(customer, plan);
        long suspended = data.activeContract(customer, plan);
        data.setContractStatus(suspended, ContractStatus.SUSPENDED);
        long elsewhere = data.activeContract(customer, otherPlan);

        var activeHere =
                listing.page(new ContractFilter(ContractStatus.ACTIVE, location), 1, LocationScope.everywhere());
        var suspendedAnywhere =
                listing.page(new ContractFilter(ContractStatus.SUSPENDED, null), 1, LocationScope.everywhere());
        var everythingElsewhere = listing.page(new ContractFilter(null, otherLocation), 1, LocationScope.everywhere());

        assertThat(activeHere.items()).extracting(ContractRow::id).containsExactly(active);
        assertThat(suspendedAnywhere.items()).extracting(ContractRow::id).containsExactly(suspended);
        assertThat(everythingElsewhere.items()).extracting(ContractRow::id).containsExactly(elsewhere);
    }

    @Test
    void contractsArePagedWithTheirTotal() {
        data.manyMembers(location, plan, ContractListing.PAGE_SIZE + 5);

        var first = listing.page(ContractFilter.none(), 1, LocationScope.everywhere());
        var second = listing.page(ContractFilter.none(), 2, LocationScope.everywhere());

        assertThat(first.items()).hasSize(ContractListing.PAGE_SIZE);
        assertThat(second.items()).hasSize(5);
        assertThat(second.total()).isEqualTo(ContractListing.PAGE_SIZE + 5);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void planCountsLeaveArchivedCustomersOut() {
        data.activeContract(data.customer(location), plan);
        long suspendedContract = data.activeContract(data.customer(location), plan);
        data.setContractStatus(suspendedContract, ContractStatus.SUSPENDED);
        long archivedCustomer = data.customer(location);
        data.activeContract(archivedCustomer, plan);
        archive(archivedCustomer);

        List<PlanOverview> plans = listing.plans(LocationScope.everywhere());

        assertThat(plans).singleElement().satisfies(overview -> {
            assertThat(overview.id()).isEqualTo(plan);
            assertThat(overview.activeContracts()).isEqualTo(1);
            assertThat(overview.price()).isEqualByComparingTo("200.00");
            assertThat(overview.billingPeriod()).isEqualTo(BillingPeriod.MONTHLY);
        });
    }

    @Test
    void thePickerNeverOffersAnArchivedCustomer() {
        long live = data.customer(location, "picker-live@example.com");
        long archived = data.customer(location, "picker-archived@example.com");
        archive(archived);

        List<CustomerOption> options = listing.customerOptions("PICKER", LocationScope.everywhere());

        assertThat(options).extracting(CustomerOption::id).containsExactly(live);
        assertThat(listing.customerOption(archived, LocationScope.everywhere())).isEmpty();
        assertThat(listing.customerOption(live, LocationScope.everywhere())).hasSize(1);
    }

    @Test
    void thePickerOffersAtMostTwentyCustomersAndNothingForABlankQuery() {
        data.manyMembers(location, plan, ContractListing.MAX_OPTIONS + 3);

        assertThat(listing.customerOptions("bulk customer", LocationScope.everywhere()))
                .hasSize(ContractListing.MAX_OPTIONS);
        assertThat(listing.customerOptions(" ", LocationScope.everywhere())).isEmpty();
        assertThat(listing.customerOptions("%", LocationScope.everywhere())).isEmpty();
    }

    @Test
    void aContractForAnArchivedCustomerIsRefusedOnTheCustomerField() {
        long archived = data.customer(location);
        archive(archived);
        var contract = new NewContract(archived, plan, LocalDate.now(), 1, null, 1, null);

        assertThatThrownBy(() -> contracts.create(contract, Actor.system()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("customerId"));
        assertThat(data.count("select count(*) from contract where customer_id = ?", archived))
                .isZero();
    }

    private void archive(long customerId) {
        lifecycle.archive(Selection.of(customerId), "Left", Actor.system());
    }
}
