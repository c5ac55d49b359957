package app.nook.contract;

import app.nook.staff.Actor;
import app.nook.staff.LocationDeniedException;
import app.nook.staff.Permission;
import app.nook.system.ConflictException;
import app.nook.system.InvalidInputException;
import app.nook.system.LocationScope;
import app.nook.system.NotFoundException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates plans and contracts, cancels contracts, and reads contracts by id or by customer. */
@Service
public class Contracts {

    private static final Logger log = LoggerFactory.getLogger(Contracts.class);

    private static final String CANCEL = """
            update contract set status = 'CANCELLED', end_date = ?
            where id = ? and status in ('ACTIVE', 'SUSPENDED')
                and customer_id in (select c.id from live_customer c)""";

    /** How far back a contract may start: far enough to record the running contracts of a business moving in. */
    private static final int YEARS_BACK = 10;

    private static final int YEARS_AHEAD = 5;
    private static final int LONGEST_YEARS = 50;

    private final JdbcClient jdbc;
    private final ContractNumbers numbers;
    private final Validator validator;
    private final Clock clock;

    Contracts(JdbcClient jdbc, ContractNumbers numbers, Validator validator, Clock clock) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Creates a plan and answers it with its new id.
     *
     * @throws LocationDeniedException when the location lies outside the actor's
     */
    @Transactional
    public Plan createPlan(
            String name, long locationId, BigDecimal price, String currency, BillingPeriod period, Actor actor) {
        actor.require(Permission.MANAGE_BILLING);
        actor.requireLocation(locationId);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into plan (name, location_id, price, currency, billing_period) values (?, ?, ?, ?, ?)")
                .params(name, locationId, price, currency, period.name())
                .update(keys, "id");
        return new Plan(keys.getKeyAs(Long.class), name, locationId, price, currency, period);
    }

    /**
     * Sells a plan to a customer who is not archived; the first renewal falls on the first billing day from the
     * start date.
     *
     * @throws InvalidInputException when a value is out of range, the dates do not fit together, the customer is
     *     archived, unknown or outside the actor's locations, or the plan does not exist
     * @throws LocationDeniedException when the plan belongs to a location outside the actor's
     */
    @Transactional
    public long create(NewContract contract, Actor actor) {
        actor.require(Permission.MANAGE_BILLING);
        check(contract);
        // live_customer leaves archived customers out: a contract can never be sold to one.
        String sql = "select count(*) from live_customer where id = :id"
                + actor.locations().condition("home_location_id");
        boolean customerIsLive = jdbc.sql(sql)
                        .paramSource(actor.locations().addTo(new MapSqlParameterSource("id", contract.customerId())))
                        .query(Long.class)
                        .single()
                > 0;
        if (!customerIsLive) {
            throw new InvalidInputException("customerId", "Choose a customer who is not archived");
        }
        Plan plan = plan(contract.planId());
        actor.requireLocation(plan.locationId());

        LocalDate nextRenewal = Renewals.nextOnOrAfter(contract.startDate(), contract.billingDay());
        BigDecimal price = contract.price() != null ? contract.price() : plan.price();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into contract (number, customer_id, plan_id, status, start_date, billing_day,
                            next_renewal_date, end_date, price, quantity)
                        values (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?)""")
                .params(
                        numbers.next(),
                        contract.customerId(),
                        plan.id(),
                        Date.valueOf(contract.startDate()),
                        contract.billingDay(),
                        Date.valueOf(nextRenewal),
                        contract.endDate() == null ? null : Date.valueOf(contract.endDate()),
                        price,
                        contract.quantity())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        log.info("Contract {} sold to customer {} by {}", id, contract.customerId(), actor.name());
        return id;
    }

    private void check(NewContract contract) {
        validator.validate(contract).stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new InvalidInputException(v.getPropertyPath().toString(), v.getMessage());
                });
        LocalDate today = LocalDate.now(clock);
        LocalDate start = contract.startDate();
        if (start.isBefore(today.minusYears(YEARS_BACK)) || start.isAfter(today.plusYears(YEARS_AHEAD))) {
            throw new InvalidInputException(
                    "startDate",
                    "The start date must lie within %d years before and %d years after today"
                            .formatted(YEARS_BACK, YEARS_AHEAD));
        }
        LocalDate end = contract.endDate();
        if (end != null && end.isBefore(start)) {
            throw new InvalidInputException("endDate", "The end date cannot be before the start date");
        }
        if (end != null && end.isAfter(start.plusYears(LONGEST_YEARS))) {
            throw new InvalidInputException("endDate", "A contract can run at most %d years".formatted(LONGEST_YEARS));
        }
    }

    @Transactional(readOnly = true)
    public Plan plan(long planId) {
        return jdbc.sql("select id, name, location_id, price, currency, billing_period from plan where id = ?")
                .param(planId)
                .query(Plan.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    /** Every plan still on sale at the scope's locations, by location and name. */
    @Transactional(readOnly = true)
    public List<Plan> plans(LocationScope scope) {
        String sql = """
                select id, name, location_id, price, currency, billing_period from plan
                where archived_at is null%s order by location_id, name""".formatted(scope.condition("location_id"));
        return jdbc.sql(sql)
                .paramSource(scope.addTo(new MapSqlParameterSource()))
                .query(Plan.class)
                .list();
    }

    /** Every contract of one customer, archived or not, newest first. */
    @Transactional(readOnly = true)
    public List<ContractSummary> ofCustomer(long customerId) {
        String sql = """
                select c.id, c.number, p.name as plan_name, c.status, c.start_date, c.next_renewal_date,
                    c.end_date, c.price, p.currency, c.quantity, c.suspended_by_archive
                from contract c join plan p on p.id = c.plan_id
                where c.customer_id = ? order by c.start_date desc, c.id desc""";
        return jdbc.sql(sql).param(customerId).query(ContractSummary.class).list();
    }

    /**
     * One contract, archived customers' included, provided its customer lies in the actor's locations.
     *
     * @throws NotFoundException when there is no such contract in the actor's locations
     */
    @Transactional(readOnly = true)
    public ContractDetails get(long id, Actor actor) {
        actor.require(Permission.VIEW_CUSTOMERS);
        String sql = """
                select k.id, k.number, k.customer_id, k.plan_id, p.name as plan_name, k.status, k.start_date,
                    k.billing_day, k.next_renewal_date, k.end_date, k.price, p.currency, k.quantity
                from contract k join plan p on p.id = k.plan_id join customer c on c.id = k.customer_id
                where k.id = :id""";
        return jdbc.sql(sql + actor.locations().condition("c.home_location_id"))
                .paramSource(actor.locations().addTo(new MapSqlParameterSource("id", id)))
                .query(ContractDetails.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Contract", id));
    }

    /**
     * Cancels an active or suspended contract of a customer who is not archived, ending it on the given date.
     *
     * @throws NotFoundException when there is no such contract in the actor's locations
     * @throws ConflictException when the contract is already cancelled or ended, or its customer is archived
     */
    @Transactional
    public void cancel(long id, LocalDate endDate, Actor actor) {
        actor.require(Permission.MANAGE_BILLING);
        ContractDetails contract = get(id, actor);
        int cancelled = jdbc.sql(CANCEL).params(Date.valueOf(endDate), id).update();
        if (cancelled > 0) {
            log.info("Contract {} cancelled by {}, ending {}", id, actor.name(), endDate);
            return;
        }

        if (contract.status() == ContractStatus.CANCELLED || contract.status() == ContractStatus.ENDED) {
            throw new ConflictException(
                    "contract-closed",
                    "This contract is already " + contract.status().name().toLowerCase());
        }
        throw new ConflictException("customer-archived", "This contract's customer is archived. Restore them first.");
    }
}
