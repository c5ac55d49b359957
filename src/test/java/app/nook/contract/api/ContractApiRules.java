package app.nook.contract.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.contract.ContractStatus;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.support.ApiClient;
import app.nook.support.ApiClient.Response;
import app.nook.support.ApiTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Plans, contracts and invoices through the API; archived customers' records stay out of the lists. */
abstract class ContractApiRules extends ApiTest {

    private static final String INSERT_INVOICE = """
            insert into invoice (number, customer_id, location_id, issued_on, due_on, period_start, period_end,
                currency, total, status)
            values (?, ?, ?, current_date, current_date, current_date, current_date, 'EUR', 99.00, 'OPEN')""";

    @Autowired
    CustomerLifecycle lifecycle;

    ApiClient api;
    long plan;

    @BeforeEach
    void setUpClient() {
        api = admin();
        plan = data.plan(location);
    }

    @Test
    void plansOnSaleAreListed() {
        JsonNode plans = api.get("/api/v1/plans").json();

        assertThat(plans.size()).isEqualTo(1);
        assertThat(plans.get(0).get("id").asLong()).isEqualTo(plan);
    }

    @Test
    void theContractListLeavesArchivedCustomersContractsOutAndFiltersByStatus() {
        long live = data.activeContract(data.customer(location), plan);
        long archivedCustomer = data.customer(location);
        data.activeContract(archivedCustomer, plan);
        lifecycle.archive(Selection.of(archivedCustomer), null, Actor.system());

        JsonNode all = api.get("/api/v1/contracts").json();
        JsonNode suspended = api.get("/api/v1/contracts?status=suspended").json();

        assertThat(ids(all)).containsExactly(live);
        assertThat(all.get("total").asLong()).isEqualTo(1);
        assertThat(suspended.get("total").asLong()).isZero();
    }

    @Test
    void aContractIsReadAndAnUnknownOneIsNotFound() {
        long contract = data.activeContract(data.customer(location), plan);

        Response found = api.get("/api/v1/contracts/" + contract);
        Response missing = api.get("/api/v1/contracts/987654");

        assertThat(found.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(found.json().get("planId").asLong()).isEqualTo(plan);
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void aContractIsSoldToALiveCustomer() {
        long customer = data.customer(location);

        Response response = api.post("/api/v1/contracts", contract(customer));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.header("Location"))
                .endsWith("/api/v1/contracts/" + response.json().get("id").asLong());
        assertThat(response.json().get("customerId").asLong()).isEqualTo(customer);
    }

    @Test
    void aContractForAnArchivedCustomerIsRefusedNamingTheField() {
        long customer = data.customer(location);
        lifecycle.archive(Selection.of(customer), null, Actor.system());

        Response response = api.post("/api/v1/contracts", contract(customer));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("field").asString()).isEqualTo("customerId");
        assertThat(data.count("select count(*) from contract where customer_id = ?", customer))
                .isZero();
    }

    @Test
    void valuesOutOfRangeAreRefusedNamingTheFieldAndSellNothing() {
        long customer = data.customer(location);
        String today = LocalDate.now().toString();
        Map<String, String> refused = Map.of(
                "\"price\": -5", "price",
                "\"price\": 99999999999999", "price",
                "\"price\": 1e400", "price",
                "\"quantity\": 100000", "quantity",
                "\"startDate\": \"+999999999-12-31\"", "startDate",
                "\"startDate\": \"1900-01-01\"", "startDate",
                "\"endDate\": \"2000-01-01\"", "endDate",
                "\"endDate\": \"2999-01-01\"", "endDate");

        refused.forEach((value, field) -> {
            String body = "{\"customerId\": %d, \"planId\": %d, \"startDate\": \"%s\", \"billingDay\": 1, %s}"
                    .formatted(customer, plan, today, value);
            if (value.contains("startDate")) {
                body = "{\"customerId\": %d, \"planId\": %d, \"billingDay\": 1, %s}".formatted(customer, plan, value);
            }

            Response response = api.post("/api/v1/contracts", body);

            assertThat(response.status()).as(value).isEqualTo(422);
            assertThat(response.json().get("field").asString()).as(value).isEqualTo(field);
        });
        assertThat(data.count("select count(*) from contract where customer_id = ?", customer))
                .isZero();
    }

    @Test
    void cancellingEndsTheContractOnTheGivenDateAndOnlyOnce() {
        long contract = data.activeContract(data.customer(location), plan);
        LocalDate end = LocalDate.now().plusDays(10);

        Response cancelled = api.post("/api/v1/contracts/" + contract + "/cancel", "{\"endDate\": \"" + end + "\"}");
        Response again = api.post("/api/v1/contracts/" + contract + "/cancel", null);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("endDate").asString()).isEqualTo(end.toString());
        assertThat(data.contractState(contract).status()).isEqualTo(ContractStatus.CANCELLED);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("contract-closed");
    }

    @Test
    void theInvoiceListLeavesArchivedCustomersInvoicesOutButEachStaysReadable() {
        long live = data.customer(location);
        long archived = data.customer(location);
        jdbc.update(INSERT_INVOICE, "INV-1", live, location);
        jdbc.update(INSERT_INVOICE, "INV-2", archived, location);
        long archivedInvoice = data.count("select id from invoice where number = 'INV-2'");
        lifecycle.archive(Selection.of(archived), null, Actor.system());

        JsonNode list = api.get("/api/v1/invoices").json();
        Response one = api.get("/api/v1/invoices/" + archivedInvoice);

        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("number").asString()).isEqualTo("INV-1");
        assertThat(one.json().get("number").asString()).isEqualTo("INV-2");
    }

    private String contract(long customer) {
        String json = "{\"customerId\": %d, \"planId\": %d, \"startDate\": \"%s\", \"billingDay\": 1}";
        return json.formatted(customer, plan, LocalDate.now());
    }

    private static List<Long> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("id").asLong())
                .toList();
    }
}
