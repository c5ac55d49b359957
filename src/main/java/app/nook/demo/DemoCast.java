package app.nook.demo;

import app.nook.contract.Contracts;
import app.nook.contract.NewContract;
import app.nook.contract.Plan;
import app.nook.customer.CustomerKind;
import app.nook.customer.CustomerProfile;
import app.nook.customer.Customers;
import app.nook.demo.DemoHistory.Billable;
import app.nook.staff.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** The demo customers and their contracts: the demo member first, then members, contacts and former members. */
final class DemoCast {

    private final Customers customers;
    private final Contracts contracts;
    private final Random random;
    private final LocalDate today;
    private final Actor actor;
    private final Map<Long, List<Plan>> plans;
    private final DemoPeople people;

    private final List<Long> customerIds = new ArrayList<>();
    private final List<Long> memberIds = new ArrayList<>();
    private final List<Long> contractIds = new ArrayList<>();
    private final List<Billable> billables = new ArrayList<>();

    DemoCast(
            Customers customers,
            Contracts contracts,
            Random random,
            LocalDate today,
            Actor actor,
            Map<Long, List<Plan>> plans) {
        this.customers = customers;
        this.contracts = contracts;
        this.random = random;
        this.today = today;
        this.actor = actor;
        this.plans = plans;
        this.people = new DemoPeople(random);
    }

    /** The member who signs in to the portal in the demo: two active contracts since over a year. */
    long demoMember() {
        long location = plans.keySet().iterator().next();
        var profile = new CustomerProfile(
                CustomerKind.INDIVIDUAL,
                "Maya Lindqvist",
                DemoDataLoader.MEMBER_EMAIL,
                "+49 30 5550123",
                "Lindqvist Design",
                "Wiener Straße 12",
                "10999",
                "Berlin",
                "DE",
                null,
                null,
                location,
                Set.of("vip", "freelancer"));
        LocalDate since = today.minusMonths(14).withDayOfMonth(1);
        long id = customers.create(profile, since, actor);
        customerIds.add(id);
        memberIds.add(id);
        sell(id, location, plans.get(location).get(1), since, null);
        sell(id, location, plans.get(location).get(4), since, null);
        return id;
    }

    /** Customers of every kind: 60% members, 25% contacts, the rest former members whose contract ended. */
    void others(int count) {
        List<Long> locations = new ArrayList<>(plans.keySet());
        for (int i = 0; i < count; i++) {
            long location = locations.get(random.nextInt(locations.size()));
            LocalDate registered = today.minusDays(random.nextInt(3 * 365));
            long id = customers.create(people.next(location, tags()), registered, actor);
            customerIds.add(id);

            int kind = random.nextInt(100);
            LocalDate start = registered.plusDays(random.nextInt(14));
            if (start.isAfter(today)) {
                start = today;
            }
            if (kind < 60) {
                memberIds.add(id);
                sell(id, location, weightedPlan(location), start, null);
                if (random.nextInt(100) < 20) {
                    sell(id, location, plans.get(location).get(4), start, null);
                }
            } else if (kind >= 85 && start.isBefore(today.minusDays(60))) {
                sell(
                        id,
                        location,
                        weightedPlan(location),
                        start,
                        start.plusDays(30
                                + random.nextInt(
                                        (int) Math.max(1, start.until(today).toTotalMonths() * 30 - 30))));
            }
        }
    }

    private void sell(long customerId, long location, Plan plan, LocalDate start, LocalDate end) {
        int billingDay = Math.min(start.getDayOfMonth(), 28);
        long contractId = contracts.create(
                new NewContract(customerId, plan.id(), start, billingDay, null, 1, end), Actor.system());
        contractIds.add(contractId);
        billables.add(
                new Billable(customerId, location, contractId, plan.name(), plan.price(), 1, start, billingDay, end));
    }

    private Plan weightedPlan(long location) {
        int total = DemoCatalogue.PLANS.stream()
                .mapToInt(DemoCatalogue.DemoPlan::weight)
                .sum();
        int pick = random.nextInt(total);
        for (int i = 0; i < DemoCatalogue.PLANS.size(); i++) {
            pick -= DemoCatalogue.PLANS.get(i).weight();
            if (pick < 0) {
                return plans.get(location).get(i);
            }
        }
        throw new IllegalStateException("Plan weights do not add up");
    }

    private Set<String> tags() {
        Set<String> tags = new HashSet<>();
        while (random.nextInt(100) < 35 && tags.size() < 3) {
            tags.add(DemoCatalogue.TAGS.get(random.nextInt(DemoCatalogue.TAGS.size())));
        }
        return tags;
    }

    List<Long> customerIds() {
        return customerIds;
    }

    List<Long> memberIds() {
        return memberIds;
    }

    List<Long> contractIds() {
        return contractIds;
    }

    List<Billable> billables() {
        return billables;
    }

    List<Billable> firstBillablePerCustomer() {
        Map<Long, Billable> first = new LinkedHashMap<>();
        billables.forEach(b -> first.putIfAbsent(b.customerId(), b));
        return new ArrayList<>(first.values());
    }
}
