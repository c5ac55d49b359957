package app.nook.webhook;

import app.nook.staff.Actor;
import app.nook.staff.Permission;
import app.nook.system.InvalidInputException;
import app.nook.system.NotFoundException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers, lists, enables, disables and removes webhook endpoints; all of it needs the settings permission. */
@Service
public class WebhookEndpoints {

    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoints.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EndpointStore store;
    private final Clock clock;

    WebhookEndpoints(EndpointStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Registers an endpoint with a secret generated here, and answers it.
     *
     * @throws InvalidInputException when the URL is not an absolute http(s) URL or no event is chosen
     */
    @Transactional
    public WebhookEndpoint register(String url, Collection<WebhookEvent> events, Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        String checkedUrl = checkUrl(url);
        if (events == null || events.isEmpty()) {
            throw new InvalidInputException("events", "Choose at least one event");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + HexFormat.of().formatHex(bytes);
        String names = events.stream().sorted().map(WebhookEvent::wireName).collect(Collectors.joining(","));

        long id = store.insert(checkedUrl, secret, names, actor.name(), clock.instant());

        log.info("Webhook endpoint {} registered by {}", id, actor.name());
        return get(id, actor);
    }

    @Transactional(readOnly = true)
    public List<WebhookEndpoint> all(Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        return store.all();
    }

    /** @throws NotFoundException when there is no such endpoint */
    @Transactional(readOnly = true)
    public WebhookEndpoint get(long id, Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        return store.find(id).orElseThrow(() -> new NotFoundException("Webhook endpoint", id));
    }

    /** The latest attempts to deliver to the endpoint, newest first. */
    @Transactional(readOnly = true)
    public List<DeliveryAttempt> log(long id, Actor actor) {
        get(id, actor);
        return store.attempts(id, 200);
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        if (store.setEnabled(id, enabled) == 0) {
            throw new NotFoundException("Webhook endpoint", id);
        }
        log.info("Webhook endpoint {} {} by {}", id, enabled ? "enabled" : "disabled", actor.name());
    }

    /** Removes the endpoint with its outbox rows and delivery log. */
    @Transactional
    public void delete(long id, Actor actor) {
        actor.require(Permission.MANAGE_SETTINGS);
        if (store.delete(id) == 0) {
            throw new NotFoundException("Webhook endpoint", id);
        }
        log.info("Webhook endpoint {} deleted by {}", id, actor.name());
    }

    private static String checkUrl(String url) {
        String trimmed = url == null ? "" : url.strip();
        try {
            URI uri = URI.create(trimmed);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null && trimmed.length() <= 2000) {
                return trimmed;
            }
        } catch (IllegalArgumentException e) {
            log.debug("Refused webhook URL: {}", e.getMessage());
        }
        throw new InvalidInputException("url", "Enter an absolute http:// or https:// URL");
    }
}
