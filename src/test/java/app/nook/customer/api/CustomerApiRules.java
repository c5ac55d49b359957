package app.nook.customer.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.support.ApiClient;
import app.nook.support.ApiClient.Response;
import app.nook.support.ApiTest;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Listing, reading, creating and updating customers through the API. */
abstract class CustomerApiRules extends ApiTest {

    @Autowired
    CustomerLifecycle lifecycle;

    ApiClient api;

    @BeforeEach
    void setUpClient() {
        api = admin();
    }

    @Test
    void theDefaultListLeavesArchivedCustomersOutAndTheArchivedViewBringsThemIn() {
        long active = data.customer(location);
        long archived = data.customer(location);
        lifecycle.archive(Selection.of(archived), "moved away", Actor.system());

        Response byDefault = api.get("/api/v1/customers");
        Response archivedView = api.get("/api/v1/customers?view=ARCHIVED");
        Response all = api.get("/api/v1/customers?view=all");

        assertThat(ids(byDefault.json())).containsExactly(active);
        assertThat(byDefault.json().get("total").asLong()).isEqualTo(1);
        assertThat(ids(archivedView.json())).containsExactly(archived);
        assertThat(archivedView.json().get("items").get(0).get("archiveReason").asString())
                .isEqualTo("moved away");
        assertThat(ids(all.json())).containsExactlyInAnyOrder(active, archived);
    }

    @Test
    void theListPagesWithTotals() {
        for (int i = 0; i < 5; i++) {
            data.customer(location);
        }

        JsonNode page =
                api.get("/api/v1/customers?sort=Name-Desc&page=1&size=2").json();

        assertThat(page.get("items").size()).isEqualTo(2);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("totalExact").asBoolean()).isTrue();
        assertThat(page.get("totalPages").asLong()).isEqualTo(3);
    }

    @Test
    void theNextCursorReadsTheFollowingPageLikeThePageNumberDoes() {
        for (int i = 0; i < 5; i++) {
            data.customer(location);
        }

        JsonNode first = api.get("/api/v1/customers?sort=name&size=2").json();
        JsonNode byCursor = api.get("/api/v1/customers?sort=name&size=2&after="
                        + first.get("next").asString())
                .json();
        JsonNode byNumber = api.get("/api/v1/customers?sort=name&size=2&page=1").json();
        Response otherOrder = api.get("/api/v1/customers?sort=newest&size=2&after="
                + first.get("next").asString());

        assertThat(ids(byCursor)).hasSize(2).isEqualTo(ids(byNumber));
        assertThat(byCursor.get("next").asString())
                .isEqualTo(byNumber.get("next").asString());
        assertThat(otherOrder.status()).isEqualTo(422);
    }

    @Test
    void anUnknownViewIsAValidationProblemNamingTheField() {
        Response response = api.get("/api/v1/customers?view=gone");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("validation");
        assertThat(response.json().get("field").asString()).isEqualTo("view");
    }

    @Test
    void aCustomerIsReadWithArchiveDetailsAndItsVersionAsETag() {
        long customer = data.customer(location);
        lifecycle.archive(Selection.of(customer), "unpaid", Actor.system());

        Response response = api.get("/api/v1/customers/" + customer);

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("archived").asBoolean()).isTrue();
        assertThat(json.get("archivedAt").isNull()).isFalse();
        assertThat(json.get("archivedBy").asString()).isEqualTo("system");
        assertThat(json.get("archiveReason").asString()).isEqualTo("unpaid");
        assertThat(response.header("ETag")).isEqualTo("\"" + json.get("version").asLong() + "\"");
    }

    @Test
    void anUnknownCustomerIsANotFoundProblem() {
        Response response = api.get("/api/v1/customers/987654");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("not-found");
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
        assertThat(response.json().get("title").asString()).isEqualTo("Not Found");
        assertThat(response.json().get("type").asString()).endsWith("/not-found");
    }

    @Test
    void creatingACustomerAnswersCreatedWithItsLocation() {
        Response response = api.post("/api/v1/customers", body("Ada Lovelace", "ada@example.com", null));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        assertThat(response.header("Location")).endsWith("/api/v1/customers/" + id);
        assertThat(data.customers().get(id).email()).isEqualTo("ada@example.com");
    }

    @Test
    void creatingWithAnArchivedCustomersEmailIsRefusedNamingThatRecord() {
        long archived = data.customer(location, "back@example.com");
        lifecycle.archive(Selection.of(archived), null, Actor.system());

        Response response = api.post("/api/v1/customers", body("Back Again", "back@example.com", null));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("code").asString()).isEqualTo("email-archived");
        assertThat(response.json().get("archivedCustomerId").asLong()).isEqualTo(archived);
        assertThat(response.json().get("detail").asString()).contains("#" + archived);
        assertThat(data.count("select count(*) from customer where email = 'back@example.com'"))
                .isEqualTo(1);
    }

    @Test
    void creatingWithoutANameIsAValidationProblemNamingTheField() {
        Response response = api.post("/api/v1/customers", body("", "noname@example.com", null));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("validation");
        assertThat(response.json().get("field").asString()).isEqualTo("fullName");
    }

    @Test
    void aNullTagIsAValidationProblemAndCreatesNobody() {
        String withNullTag = body("Nell Null", "nell@example.com", null).replace("[\"api\"]", "[null]");

        Response response = api.post("/api/v1/customers", withNullTag);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("field").asString()).startsWith("tags");
        assertThat(data.count("select count(*) from customer where email = 'nell@example.com'"))
                .isZero();
    }

    @Test
    void unreadableJsonAndWrongTypesAreMalformedProblemsWithoutAStackTrace() {
        Response broken = api.post("/api/v1/customers", "{\"fullName\": ");
        Response wrongType = api.get("/api/v1/customers?page=first");

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("code").asString()).isEqualTo("malformed");
        assertThat(broken.body()).doesNotContain("Exception").doesNotContain("at app.nook");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("code").asString()).isEqualTo("malformed");
    }

    @Test
    void anUpdateWithTheCurrentVersionSavesAndAnswersTheNewVersion() {
        long customer = data.customer(location);
        long version = data.customers().get(customer).version();

        Response response = api.put("/api/v1/customers/" + customer, body("Renamed", "renamed@example.com", version));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("fullName").asString()).isEqualTo("Renamed");
        assertThat(response.json().get("version").asLong()).isGreaterThan(version);
    }

    @Test
    void anUpdateWithAStaleVersionInTheBodyIsRefused() {
        long customer = data.customer(location);
        long version = data.customers().get(customer).version();
        api.put("/api/v1/customers/" + customer, body("First", "first@example.com", version));

        Response response = api.put("/api/v1/customers/" + customer, body("Second", "second@example.com", version));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("code").asString()).isEqualTo("stale-version");
        assertThat(data.customers().get(customer).fullName()).isEqualTo("First");
    }

    @Test
    void anUpdateWithAStaleIfMatchIsRefusedAndACurrentOneSaves() {
        long customer = data.customer(location);
        String etag = api.get("/api/v1/customers/" + customer).header("ETag");
        api.put("/api/v1/customers/" + customer, body("First", "first@example.com", null), "If-Match", etag);

        Response stale =
                api.put("/api/v1/customers/" + customer, body("Second", "second@example.com", null), "If-Match", etag);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
        assertThat(data.customers().get(customer).fullName()).isEqualTo("First");
    }

    @Test
    void anUpdateOfAnArchivedCustomerIsRefused() {
        long customer = data.customer(location);
        long version = data.customers().get(customer).version();
        lifecycle.archive(Selection.of(customer), null, Actor.system());

        Response response = api.put("/api/v1/customers/" + customer, body("Edited", "edited@example.com", version));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("code").asString()).isEqualTo("customer-archived");
    }

    @Test
    void anUpdateWithoutAnyVersionIsAValidationProblem() {
        long customer = data.customer(location);

        Response response = api.put("/api/v1/customers/" + customer, body("Edited", "edited@example.com", null));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("field").asString()).isEqualTo("version");
    }

    String body(String name, String email, Long version) {
        return """
                {"kind": "INDIVIDUAL", "fullName": "%s", "email": "%s", "homeLocationId": %d, "tags": ["api"],
                 "version": %s}""".formatted(name, email, location, version);
    }

    static List<Long> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("id").asLong())
                .toList();
    }

    static Set<Long> idSet(JsonNode page) {
        return Set.copyOf(ids(page));
    }
}
