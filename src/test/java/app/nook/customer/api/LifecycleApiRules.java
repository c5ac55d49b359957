package app.nook.customer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.nook.api.ApiScope;
import app.nook.contract.ContractStatus;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.Role;
import app.nook.support.ApiClient;
import app.nook.support.ApiClient.Response;
import app.nook.support.ApiTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Lifecycle commands through the API: single and bulk, by ids or filter, waited for or as a background job. */
abstract class LifecycleApiRules extends ApiTest {

    @Autowired
    CustomerLifecycle lifecycle;

    ApiClient api;

    @BeforeEach
    void setUpClient() {
        api = admin();
    }

    @Test
    void archivingOneCustomerGoesThroughTheEngine() {
        long customer = data.customer(location);
        long contract = data.activeContract(customer, data.plan(location));

        Response response = api.post("/api/v1/customers/" + customer + "/archive", "{\"reason\": \"left\"}");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("action").asString()).isEqualTo("archive");
        assertThat(response.json().get("outcome").asString()).isEqualTo("done");
        assertThat(data.customerState(customer).archived()).isTrue();
        assertThat(data.customerState(customer).archiveReason()).isEqualTo("left");
        assertThat(data.contractState(contract).status()).isEqualTo(ContractStatus.SUSPENDED);
        assertThat(data.auditEntries(customer, "CUSTOMER_ARCHIVED")).isEqualTo(1);
    }

    @Test
    void archivingAnArchivedCustomerIsReportedSkippedAndRestoreBringsThemBack() {
        long customer = data.customer(location);
        api.post("/api/v1/customers/" + customer + "/archive", null);

        Response again = api.post("/api/v1/customers/" + customer + "/archive", null);
        Response restored = api.post("/api/v1/customers/" + customer + "/restore", null);

        assertThat(again.json().get("outcome").asString()).isEqualTo("skipped");
        assertThat(again.json().get("reason").isNull()).isFalse();
        assertThat(restored.json().get("outcome").asString()).isEqualTo("done");
        assertThat(data.customerState(customer).archived()).isFalse();
    }

    @Test
    void suspendingAndLiftingWorkOnOneCustomer() {
        long customer = data.customer(location);

        api.post("/api/v1/customers/" + customer + "/suspend", "{\"reason\": \"unpaid\"}");
        boolean suspended = data.customerState(customer).suspended();
        api.post("/api/v1/customers/" + customer + "/lift-suspension", null);

        assertThat(suspended).isTrue();
        assertThat(data.customerState(customer).suspended()).isFalse();
    }

    @Test
    void aCommandOnAnUnknownCustomerIsNotFound() {
        Response response = api.post("/api/v1/customers/987654/archive", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("not-found");
    }

    @Test
    void archivingByFilterArchivesExactlyTheMatchingSet() {
        long tagged = data.customers()
                .create(data.profile(location, "Tagged", "tagged@example.com", Set.of("startup")), Actor.system());
        long otherTag = data.customers()
                .create(data.profile(location, "Other", "other@example.com", Set.of("agency")), Actor.system());
        long untagged = data.customer(location);

        Response response =
                api.post("/api/v1/customers/archive", "{\"filter\": {\"view\": \"active\", \"tag\": \"startup\"}}");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("done").asLong()).isEqualTo(1);
        assertThat(response.json().get("results").get(0).get("customerId").asLong())
                .isEqualTo(tagged);
        assertThat(data.customerState(tagged).archived()).isTrue();
        assertThat(data.customerState(otherTag).archived()).isFalse();
        assertThat(data.customerState(untagged).archived()).isFalse();
    }

    @Test
    void restoringByIdsReportsEachCustomer() {
        long archived = data.customer(location);
        long live = data.customer(location);
        lifecycle.archive(Selection.of(archived), null, Actor.system());

        JsonNode result = api.post("/api/v1/customers/restore", "{\"ids\": [%d, %d]}".formatted(archived, live))
                .json();

        assertThat(result.get("action").asString()).isEqualTo("restore");
        assertThat(result.get("done").asLong()).isEqualTo(1);
        assertThat(result.get("skipped").asLong()).isEqualTo(1);
        assertThat(data.customerState(archived).archived()).isFalse();
    }

    @Test
    void unknownIdsAreRefusedAndNothingChanges() {
        long known = data.customer(location);

        Response response = api.post("/api/v1/customers/archive", "{\"ids\": [%d, 999999]}".formatted(known));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("unknown-customers");
        assertThat(response.json().get("field").asString()).isEqualTo("ids");
        assertThat(response.json().get("unknownIds").get(0).asLong()).isEqualTo(999_999L);
        assertThat(data.customerState(known).archived()).isFalse();
    }

    @Test
    void aFilterMatchingNobodyIsAnEmptySelection() {
        data.customer(location);

        String nobody = "{\"filter\": {\"view\": \"all\", \"q\": \"nobody-is-called-this\"}}";
        Response response = api.post("/api/v1/customers/archive", nobody);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("empty-selection");
    }

    @Test
    void aFilterWithoutAViewIsRefusedRatherThanActingOnEveryone() {
        long customer = data.customer(location);

        Response response = api.post("/api/v1/customers/archive", "{\"filter\": {}}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("field").asString()).isEqualTo("filter.view");
        assertThat(data.customerState(customer).archived()).isFalse();
    }

    @Test
    void namingCustomersByIdsAndFilterAtOnceIsRefused() {
        long customer = data.customer(location);

        Response response =
                api.post("/api/v1/customers/archive", "{\"ids\": [%d], \"filter\": {}}".formatted(customer));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("validation");
        assertThat(data.customerState(customer).archived()).isFalse();
    }

    @Test
    void moreThanAThousandCustomersRunAsAJobThatCanBePolledToTheEnd() {
        List<Long> ids = data.manyMembers(location, data.plan(location), 1001);

        Response started = api.post("/api/v1/customers/archive", "{\"filter\": {\"view\": \"members\"}}");

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String jobId = started.json().get("jobId").asString();
        assertThat(started.header("Location")).endsWith("/api/v1/jobs/" + jobId);
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get("/api/v1/jobs/" + jobId)
                                .json()
                                .get("status")
                                .asString(),
                        "done"::equals);
        JsonNode job = api.get("/api/v1/jobs/" + jobId).json();
        assertThat(job.get("done").asInt()).isEqualTo(1001);
        assertThat(job.get("percent").asInt()).isEqualTo(100);
        assertThat(data.customerState(ids.get(1000)).archived()).isTrue();
    }

    @Test
    void anUnknownJobIsNotFound() {
        assertThat(api.get("/api/v1/jobs/no-such-job").status()).isEqualTo(404);
    }

    @Test
    void deletingErasesTheCustomerThroughTheEngine() {
        long customer = data.customer(location);

        Response response = api.delete("/api/v1/customers/" + customer + "?reason=request");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("action").asString()).isEqualTo("erase");
        assertThat(response.json().get("done").asLong()).isEqualTo(1);
        assertThat(data.auditEntries(customer, "CUSTOMER_ERASED")).isEqualTo(1);
    }

    @Test
    void deletingNeedsTheErasePermissionEvenWithTheLifecycleScope() {
        long customer = data.customer(location);
        ApiClient manager = as(Role.MANAGER, ApiScope.READ, ApiScope.LIFECYCLE);

        Response response = manager.delete("/api/v1/customers/" + customer);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
        assertThat(data.count("select count(*) from customer where id = ? and erased_at is null", customer))
                .isEqualTo(1);
    }
}
