package app.nook.billing;

import app.nook.staff.Actor;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Starts the billing run every night; ShedLock keeps it to one instance however many are up. */
@Component
class NightlyBilling {

    private final BillingRun billing;
    private final Clock clock;

    NightlyBilling(BillingRun billing, Clock clock) {
        this.billing = billing;
        this.clock = clock;
    }

    @Scheduled(cron = "${nook.billing.cron:0 30 2 * * *}", zone = "${nook.billing.zone:UTC}")
    @SchedulerLock(name = "billing-run", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void run() {
        billing.run(LocalDate.now(clock), Actor.system());
    }
}
