package app.nook.webhook;

import java.util.Arrays;
import java.util.Optional;

/** An event an endpoint may subscribe to, named as receivers see it. */
public enum WebhookEvent {
    CUSTOMER_CREATED("customer.created"),
    CUSTOMER_UPDATED("customer.updated"),
    CUSTOMER_ARCHIVED("customer.archived"),
    CUSTOMER_RESTORED("customer.restored"),
    CONTRACT_SUSPENDED("contract.suspended"),
    CONTRACT_RESUMED("contract.resumed");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the payload and the {@code Nook-Event} header, such as {@code customer.archived}. */
    public String wireName() {
        return wireName;
    }

    static Optional<WebhookEvent> fromWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst();
    }
}
