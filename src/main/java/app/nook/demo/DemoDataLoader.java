package app.nook.demo;

import app.nook.billing.BillingRun;
import app.nook.contract.Contracts;
import app.nook.contract.Plan;
import app.nook.customer.Customers;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.demo.DemoCatalogue.DemoLocation;
import app.nook.demo.DemoCatalogue.DemoPlan;
import app.nook.file.CustomerFiles;
import app.nook.location.Location;
import app.nook.location.Locations;
import app.nook.staff.Actor;
import app.nook.staff.Role;
import app.nook.staff.StaffAccounts;
import app.nook.system.DemoMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo business into an empty database: three locations, their plans, a few hundred customers in every
 * lifecycle state, six months of invoices and three of check-ins, and some files; then this month's billing run.
 * Random choices come from a fixed seed, so every start shows the same business (dates move with today). Archiving,
 * suspending and billing go through the same services as everything else.
 */
@Component
@Order(20)
class DemoDataLoader implements ApplicationRunner {

    static final String MEMBER_EMAIL = "member@demo.nook";
    static final String MEMBER_PASSWORD = "demo";
    static final String DESK_EMAIL = "desk@demo.nook";
    private static final int CUSTOMERS = 300;
    private static final long SEED = 20_240_601L;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoMode demoMode;
    private final Locations locations;
    private final Contracts contracts;
    private final Customers customers;
    private final CustomerLifecycle lifecycle;
    private final CustomerFiles files;
    private final BillingRun billing;
    private final StaffAccounts staff;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoDataLoader(
            DemoMode demoMode,
            Locations locations,
            Contracts contracts,
            Customers customers,
            CustomerLifecycle lifecycle,
            CustomerFiles files,
            BillingRun billing,
            StaffAccounts staff,
            JdbcTemplate jdbc,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.demoMode = demoMode;
        this.locations = locations;
        this.contracts = contracts;
        this.customers = customers;
        this.lifecycle = lifecycle;
        this.files = files;
        this.billing = billing;
        this.staff = staff;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("select count(*) from location", Long.class);
        if (!demoMode.isEnabled() || existing == null || existing > 0) {
            return;
        }
        log.info("Demo mode: loading a demo coworking business into the empty database");
        var random = new Random(SEED);
        var today = LocalDate.now(clock);
        var actor = Actor.system();

        Map<Long, List<Plan>> plans = createLocationsAndPlans();
        var cast = new DemoCast(customers, contracts, random, today, actor, plans);
        long member = cast.demoMember();
        cast.others(CUSTOMERS - 1);
        endAndSuspendContracts(random, today, cast.contractIds());

        var history = new DemoHistory(jdbc, random, today);
        int invoices = history.invoices(cast.billables());
        int checkIns = history.checkIns(cast.firstBillablePerCustomer(), clock.getZone(), clock.instant());
        attachFiles(member, cast.memberIds(), random);

        applyLifecycle(member, cast, random);
        billing.run(today, actor);
        long firstLocation = plans.keySet().iterator().next();
        staff.create(DESK_EMAIL, "Demo Front Desk", MEMBER_PASSWORD, Set.of(Role.FRONT_DESK), Set.of(firstLocation));
        log.info(
                "Demo mode: {} works the front desk of one location only, with password '{}'",
                DESK_EMAIL,
                MEMBER_PASSWORD);
        log.info(
                "Demo mode: loaded {} customers, {} contracts, {} invoices and {} check-ins; the demo member signs in"
                        + " to the portal as {} with password '{}'",
                CUSTOMERS,
                cast.contractIds().size(),
                invoices,
                checkIns,
                MEMBER_EMAIL,
                MEMBER_PASSWORD);
    }

    private Map<Long, List<Plan>> createLocationsAndPlans() {
        Map<Long, List<Plan>> plans = new TreeMap<>();
        for (DemoLocation demo : DemoCatalogue.LOCATIONS) {
            Location location = locations.create(demo.name(), demo.city(), demo.address(), "Europe/Berlin");
            List<Plan> sold = new ArrayList<>();
            for (DemoPlan plan : DemoCatalogue.PLANS) {
                var price = plan.basePrice().multiply(demo.priceFactor()).setScale(0, RoundingMode.HALF_UP);
                sold.add(contracts.createPlan(
                        plan.name(), location.id(), price.setScale(2), "EUR", plan.period(), Actor.system()));
            }
            plans.put(location.id(), sold);
        }
        return plans;
    }

    /** A few contracts ended in the past; a few others are suspended for unpaid invoices. */
    private void endAndSuspendContracts(Random random, LocalDate today, List<Long> contractIds) {
        jdbc.update("update contract set status = 'ENDED', next_renewal_date = null where end_date < ?", today);
        List<Long> shuffled = new ArrayList<>(contractIds);
        Collections.shuffle(shuffled, random);
        for (Long id : shuffled.subList(0, 6)) {
            jdbc.update("update contract set status = 'SUSPENDED' where id = ? and status = 'ACTIVE'", id);
        }
    }

    private void applyLifecycle(long member, DemoCast cast, Random random) {
        List<Long> others = new ArrayList<>(cast.customerIds());
        others.remove(member);
        Collections.shuffle(others, random);

        lifecycle.grantPortalAccess(Selection.of(cast.memberIds()), Actor.system());
        jdbc.update(
                "update portal_account set password_hash = ? where customer_id = ?",
                passwordEncoder.encode(MEMBER_PASSWORD),
                member);
        lifecycle.suspend(Selection.of(others.subList(0, 12)), "Payment overdue", Actor.system());
        List<Long> toArchive = others.subList(8, 38);
        for (int i = 0; i < toArchive.size(); i++) {
            String reason = DemoCatalogue.ARCHIVE_REASONS.get(i % DemoCatalogue.ARCHIVE_REASONS.size());
            lifecycle.archive(Selection.of(toArchive.get(i)), reason, Actor.system());
        }
    }

    private void attachFiles(long member, List<Long> memberIds, Random random) {
        attach(member, "Membership agreement", true);
        for (Long id : memberIds) {
            if (id != member && random.nextInt(100) < 15) {
                attach(id, "Membership agreement", random.nextBoolean());
            }
        }
    }

    private void attach(long customerId, String title, boolean shared) {
        byte[] pdf = DemoPdf.withLines(List.of(
                title,
                "Customer number " + customerId,
                "Signed " + LocalDate.now(clock).minusMonths(3)));
        try {
            files.store(
                    customerId,
                    "membership-agreement.pdf",
                    "application/pdf",
                    new ByteArrayInputStream(pdf),
                    "system",
                    shared);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a demo file", e);
        }
    }
}
