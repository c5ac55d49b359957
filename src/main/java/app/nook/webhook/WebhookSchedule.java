package app.nook.webhook;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs webhook delivery every few seconds; ShedLock keeps it to one instance however many are up. */
@Component
class WebhookSchedule {

    private final WebhookDeliveries deliveries;

    WebhookSchedule(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Scheduled(
            fixedDelayString = "${nook.webhooks.poll-interval:5s}",
            initialDelayString = "${nook.webhooks.poll-interval:5s}")
    @SchedulerLock(name = "webhook-delivery", lockAtMostFor = "PT10M")
    void run() {
        deliveries.deliverDue();
    }
}
