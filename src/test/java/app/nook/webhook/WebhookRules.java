package app.nook.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nook.contract.ContractStatus;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.PermissionDeniedException;
import app.nook.support.IntegrationTest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Webhooks, end to end: outbox in the transaction of the change, signed delivery, retries, disabling. */
abstract class WebhookRules extends IntegrationTest {

    @Autowired
    WebhookEndpoints endpoints;

    @Autowired
    WebhookDeliveries deliveries;

    @Autowired
    CustomerLifecycle lifecycle;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    WebhookReceiver receiver;
    long location;
    long plan;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = new WebhookReceiver();
        location = data.location();
        plan = data.plan(location);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void deliversASignedPayloadWithTheEventAndTheCustomer() {
        WebhookEndpoint endpoint = endpoints.register(receiver.url(), List.of(WebhookEvent.values()), Actor.system());
        long customer = data.customer(location);

        deliveries.deliverDue();

        assertThat(receiver.received()).hasSize(1);
        var request = receiver.received().get(0);
        assertThat(request.event()).isEqualTo("customer.created");
        assertThat(request.body())
                .contains("\"event\":\"customer.created\"")
                .contains("\"id\":" + request.delivery())
                .contains("\"customerId\":" + customer)
                .contains("\"actor\":\"system\"")
                .doesNotContain("@example.com");
        var signature = WebhookReceiver.signatureParts(request.signature());
        long timestamp = Long.parseLong(signature.get("t"));
        assertThat(signature.get("v1")).isEqualTo(WebhookSender.sign(endpoint.secret(), timestamp, request.body()));
        assertThat(timestamp).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        assertThat(pending()).isZero();
    }

    @Test
    void retriesAFailedDeliveryWithTheSameBodyAfterTheBackoff() {
        endpoints.register(receiver.url(), List.of(WebhookEvent.CUSTOMER_CREATED), Actor.system());
        receiver.answer(500);
        data.customer(location);

        deliveries.deliverDue();
        deliveries.deliverDue();
        assertThat(receiver.received()).hasSize(1);
        assertThat(pending()).isEqualTo(1);
        makeEverythingDue();
        deliveries.deliverDue();

        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).body())
                .isEqualTo(receiver.received().get(0).body());
        assertThat(pending()).isZero();
        assertThat(data.count("select count(*) from webhook_attempt where status_code = 500"))
                .isEqualTo(1);
        assertThat(data.count("select count(*) from webhook_attempt where status_code = 200"))
                .isEqualTo(1);
    }

    @Test
    void archivingThreeCustomersDeliversThreeArchivedEventsAndTheirSuspendedContracts() {
        endpoints.register(
                receiver.url(),
                List.of(WebhookEvent.CUSTOMER_ARCHIVED, WebhookEvent.CONTRACT_SUSPENDED),
                Actor.system());
        List<Long> customers = List.of(data.customer(location), data.customer(location), data.customer(location));
        long contract = data.activeContract(customers.get(0), plan);

        lifecycle.archive(Selection.of(customers), "Closed office", Actor.system());
        deliveries.deliverDue();

        assertThat(receiver.events())
                .containsExactlyInAnyOrder(
                        "customer.archived", "customer.archived", "customer.archived", "contract.suspended");
        assertThat(receiver.received().stream().map(WebhookReceiver.Received::body))
                .anyMatch(body -> body.contains("\"contractId\":" + contract))
                .allMatch(body -> body.contains("\"reason\":\"Closed office\""));
    }

    @Test
    void restoringDeliversRestoredAndResumedContracts() {
        endpoints.register(
                receiver.url(), List.of(WebhookEvent.CUSTOMER_RESTORED, WebhookEvent.CONTRACT_RESUMED), Actor.system());
        long customer = data.customer(location);
        long contract = data.activeContract(customer, plan);
        lifecycle.archive(Selection.of(customer), null, Actor.system());

        lifecycle.restore(Selection.of(customer), Actor.system());
        deliveries.deliverDue();

        assertThat(data.contractState(contract).status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(receiver.events()).containsExactlyInAnyOrder("customer.restored", "contract.resumed");
    }

    @Test
    void aChangeThatRollsBackWritesNoOutboxRow() {
        endpoints.register(receiver.url(), List.of(WebhookEvent.values()), Actor.system());

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    data.customer(location);
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(data.count("select count(*) from webhook_delivery")).isZero();
        assertThat(deliveries.deliverDue()).isZero();
    }

    @Test
    void anEndpointGetsOnlyTheEventsItSubscribesTo() {
        endpoints.register(receiver.url(), List.of(WebhookEvent.CUSTOMER_ARCHIVED), Actor.system());

        data.customer(location);
        deliveries.deliverDue();

        assertThat(receiver.received()).isEmpty();
        assertThat(data.count("select count(*) from webhook_delivery")).isZero();
    }

    @Test
    void repeatedFailuresDisableTheEndpoint() {
        WebhookEndpoint endpoint =
                endpoints.register(receiver.url(), List.of(WebhookEvent.CUSTOMER_CREATED), Actor.system());
        receiver.answer(500, 500, 500, 500, 500, 500, 500, 500);
        data.customer(location);

        for (int i = 0; i < 10; i++) {
            makeEverythingDue();
            deliveries.deliverDue();
        }

        assertThat(receiver.received()).hasSize(8);
        assertThat(endpoints.get(endpoint.id(), Actor.system()).enabled()).isFalse();
        assertThat(pending()).isEqualTo(1);
    }

    @Test
    void settingsNeedTheSettingsPermission() {
        Actor clerk = new Actor("clerk@example.com", Set.of());

        assertThatThrownBy(() -> endpoints.register(receiver.url(), List.of(WebhookEvent.values()), clerk))
                .isInstanceOf(PermissionDeniedException.class);
    }

    private int pending() {
        return data.count("select count(*) from webhook_delivery where status = 'PENDING'");
    }

    private void makeEverythingDue() {
        jdbc.update("update webhook_delivery set next_attempt_at = ?", java.sql.Timestamp.from(Instant.EPOCH));
    }
}
