package app.nook.contract;

import app.nook.system.ConflictException;
import app.nook.system.InvalidInputException;
import app.nook.system.NotFoundException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates plans and contracts, cancels contracts, and reads contracts by id or by customer. */
@Service
public class Contracts {

    private static final String CANCEL = """
            update contract set status = 'CANCELLED', end_date = ?
            where id = ? and status in ('ACTIVE', 'SUSPENDED')
                and customer_id in (select c.id from live_customer c)""";

    private final JdbcClient jdbc;
    private final ContractNumbers numbers;

    Contracts(JdbcClient jdbc, ContractNumbers numbers) {
        this.jdbc = jdbc;
        this.numbers = numbers;
    }

    /** Creates a plan and answers it with its new id. */
    @Transactional
    public Plan createPlan(String name, long locationId, BigDecimal price, String currency, BillingPeriod period) {
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
     * @throws InvalidInputException when the customer is archived or unknown, or the plan does not exist
     */
    @Transactional
    public long create(NewContract contract) {
        // live_customer leaves archived customers out: a contract can never be sold to one.
        boolean customerIsLive = jdbc.sql("select count(*) from live_customer where id = ?")
                        .param(contract.customerId())
                        .query(Long.class)
                        .single()
                > 0;
        if (!customerIsLive) {
            throw new InvalidInputException("customerId", "Choose a customer who is not archived");
        }
        Plan plan = plan(contract.planId());

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
        return keys.getKeyAs(Long.class);
    }

    @Transactional(readOnly = true)
    public Plan plan(long planId) {
        return jdbc.sql("select id, name, location_id, price, currency, billing_period from plan where id = ?")
                .param(planId)
                .query(Plan.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    /** Every plan still on sale, by location and name. */
    @Transactional(readOnly = true)
    public List<Plan> plans() {
        return jdbc.sql("""
                        select id, name, location_id, price, currency, billing_period from plan
                        where archived_at is null order by location_id, name""").query(Plan.class).list();
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

    /** One contract, whoever it was sold to, archived customers included. */
    @Transactional(readOnly = true)
    public ContractDetails get(long id) {
        return jdbc.sql("""
                        select k.id, k.number, k.customer_id, k.plan_id, p.name as plan_name, k.status, k.start_date,
                            k.billing_day, k.next_renewal_date, k.end_date, k.price, p.currency, k.quantity
                        from contract k join plan p on p.id = k.plan_id where k.id = ?""")
                .param(id)
                .query(ContractDetails.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Contract", id));
    }

    /**
     * Cancels an active or suspended contract of a customer who is not archived, ending it on the given date.
     *
     * @throws NotFoundException when there is no such contract
     * @throws ConflictException when the contract is already cancelled or ended, or its customer is archived
     */
    @Transactional
    public void cancel(long id, LocalDate endDate) {
        int cancelled = jdbc.sql(CANCEL).params(Date.valueOf(endDate), id).update();
        if (cancelled > 0) {
            return;
        }

        ContractDetails contract = get(id);
        if (contract.status() == ContractStatus.CANCELLED || contract.status() == ContractStatus.ENDED) {
            throw new ConflictException(
                    "contract-closed",
                    "This contract is already " + contract.status().name().toLowerCase());
        }
        throw new ConflictException("customer-archived", "This contract's customer is archived. Restore them first.");
    }
}
