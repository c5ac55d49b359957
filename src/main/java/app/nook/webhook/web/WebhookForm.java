package app.nook.webhook.web;

import app.nook.webhook.WebhookEvent;
import java.util.List;

/** What staff type to register an endpoint. */
public record WebhookForm(String url, List<WebhookEvent> events) {

    static WebhookForm blank() {
        return new WebhookForm("", List.of(WebhookEvent.values()));
    }
}
